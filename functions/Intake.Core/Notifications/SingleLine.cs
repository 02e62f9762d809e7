using System.Text;

namespace Intake.Core.Notifications;

/// <summary>
/// Turns a value someone typed (a name, a source name) into one short line: every run of white
/// space, line break or control character becomes one space, and the result is capped. Used for
/// subjects, so no value can fold a header, and for inline values, so a name cannot forge
/// paragraphs in a letter.
/// </summary>
public static class SingleLine
{
    /// <summary>The cap for one value inside a subject.</summary>
    public const int SubjectValueLength = 60;

    /// <summary>The cap for a whole subject line; well under the 998-character line limit of RFC 5322.</summary>
    public const int SubjectLength = 150;

    /// <summary>The cap for an inline value in a mail body (a name in a greeting).</summary>
    public const int InlineValueLength = 120;

    /// <summary>Collapses white space and control characters and caps at <paramref name="maxLength"/> (an ellipsis marks a cut).</summary>
    public static string Normalize(string? value, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength + 1));
        var pendingSpace = false;
        foreach (var c in value)
        {
            // U+2028/U+2029 and U+0085 are line breaks too; format characters (bidi overrides,
            // zero-width joiners) are dropped so a subject reads as what it says.
            var isBreakOrSpace = char.IsWhiteSpace(c) || char.IsControl(c);
            if (isBreakOrSpace)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        if (builder.Length <= maxLength)
        {
            return builder.ToString();
        }

        var cut = maxLength - 1;
        if (char.IsHighSurrogate(builder[cut - 1]))
        {
            cut--;
        }

        return builder.ToString(0, cut).TrimEnd() + "…";
    }
}
