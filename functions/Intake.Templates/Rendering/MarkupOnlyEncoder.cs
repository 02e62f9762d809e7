using System.Text;
using System.Text.Encodings.Web;

namespace Intake.Templates.Rendering;

/// <summary>
/// Encodes exactly the characters that can end text or a quoted attribute value: &amp;, &lt;,
/// &gt;, " and '. Everything else, "ä", "+" and emoji included, is written as the character
/// itself. That is enough for element content and double- or single-quoted attributes, which is
/// all Razor writes; the framework's encoders also turn "+" and every character outside the
/// ranges they were given into numeric entities, which mail clients show and people then read.
/// </summary>
internal sealed class MarkupOnlyEncoder : HtmlEncoder
{
    public static MarkupOnlyEncoder Instance { get; } = new();

    private MarkupOnlyEncoder()
    {
    }

    // "&quot;" is the longest replacement.
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => Replacement(unicodeScalar) is not null;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny("&<>\"'");

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var output = new Span<char>(buffer, bufferLength);
        if (Replacement(unicodeScalar) is { } replacement)
        {
            numberOfCharactersWritten = replacement.Length;
            return replacement.AsSpan().TryCopyTo(output);
        }

        if (!Rune.TryCreate(unicodeScalar, out var rune))
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        return rune.TryEncodeToUtf16(output, out numberOfCharactersWritten);
    }

    private static string? Replacement(int unicodeScalar) => unicodeScalar switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    };
}
