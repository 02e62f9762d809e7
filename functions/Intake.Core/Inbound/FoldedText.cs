using System.Globalization;
using System.Text;

namespace Intake.Core.Inbound;

/// <summary>
/// Text reduced for matching: lower case (invariant culture) and diacritics stripped, so
/// "Tarkastuspyyntö", "TARKASTUSPYYNTÖ" and "tarkastuspyynto" (typed without Nordic keys) compare
/// equal; then split into words at every character that is not a letter or digit.
/// </summary>
internal static class FoldedText
{
    /// <summary>The words of <paramref name="text"/>, folded. Never throws, whatever the input (lone surrogates included).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded is { } letter)
            {
                current.Append(letter);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>One word folded the same way (used for lexicon patterns).</summary>
    public static string Word(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (Fold(c) is { } letter)
            {
                builder.Append(letter);
            }
        }

        return builder.ToString();
    }

    // The folded letter or digit for c, or null when c separates words.
    private static char? Fold(char c)
    {
        if (char.IsSurrogate(c) || !char.IsLetterOrDigit(c))
        {
            return null;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower < 128)
        {
            return lower;
        }

        // A single BMP letter always normalises; its first code point is the base letter.
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                return part;
            }
        }

        return lower;
    }
}
