using System.Buffers.Text;

namespace Intake.Core.Tokens;

/// <summary>
/// Decodes base64url only in the one form Intake writes: no padding, no whitespace, the URL-safe
/// alphabet, and zero bits after the last byte. Lenient decoders accept many spellings of the same
/// bytes (<c>=</c> padding, <c>+</c> and <c>/</c>, spaces, stray trailing bits); a token that can be
/// re-spelled could be used as a different string, so anything but the canonical form is refused.
/// </summary>
public static class CanonicalBase64Url
{
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        byte[] decoded;
        try
        {
            decoded = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        // The canonical spelling of the decoded bytes must be the text itself, character for character.
        if (!text.SequenceEqual(Base64Url.EncodeToString(decoded)))
        {
            return false;
        }

        bytes = decoded;
        return true;
    }

    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);
}
