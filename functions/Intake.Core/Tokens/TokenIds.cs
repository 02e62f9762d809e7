using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Core.Tokens;

/// <summary>
/// Names a grant by its fields: SHA-256 over a label and the fields, 32 lowercase hex characters.
/// Each field is prefixed with its length so that no two different field lists join into the same
/// bytes, and the label keeps the ids of different kinds of token apart.
/// </summary>
public static class TokenIds
{
    /// <summary>Characters in an id: 128 bits as lowercase hex.</summary>
    public const int Length = 32;

    public static string Derive(string label, params ReadOnlySpan<string> fields)
    {
        var text = new StringBuilder(label);
        foreach (var field in fields)
        {
            text.Append('\n').Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..Length];
    }

    /// <summary>Whether <paramref name="text"/> has the shape of an id; anything else is not looked up.</summary>
    public static bool IsId(string? text) =>
        text is { Length: Length } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
