using System.Text;
using System.Text.Json;

namespace Intake.Web.Inbound;

/// <summary>
/// Decodes SendGrid's parsed-mode fields. SendGrid posts each field's bytes in the mail's own charset
/// and names that charset in the <c>charsets</c> JSON, not in the form part's headers. ASP.NET's
/// form reader would decode every field as UTF-8 and turn ISO-8859-1 letters such as ä and ö into
/// U+FFFD for good, which is why the reader keeps raw bytes and decodes them here.
/// </summary>
internal sealed class FieldCharsets
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, string> charsets;

    static FieldCharsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private FieldCharsets(Dictionary<string, string> charsets) => this.charsets = charsets;

    /// <summary>Reads the <c>charsets</c> JSON; missing or malformed JSON means "no charset named".</summary>
    public static FieldCharsets Parse(byte[]? json)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (json is { Length: > 0 })
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } charset)
                        {
                            map[property.Name] = charset;
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A broken charsets field must not lose the mail: fields fall back to detection.
            }
        }

        return new FieldCharsets(map);
    }

    /// <summary>The charset named for a field, if any.</summary>
    public string? For(string field) => charsets.GetValueOrDefault(field);

    /// <summary>The field's text in its named charset; unnamed or unknown charsets try UTF-8, then Windows-1252.</summary>
    public string Decode(string field, byte[] bytes) => Decode(bytes, For(field));

    public static string Decode(byte[] bytes, string? charset)
    {
        if (charset is not null && TryGetEncoding(charset) is { } encoding)
        {
            return encoding.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Windows-1252 is what unlabelled 8-bit Western European mail nearly always is.
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? TryGetEncoding(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
