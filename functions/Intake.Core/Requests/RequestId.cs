using System.Diagnostics.CodeAnalysis;

namespace Intake.Core.Requests;

/// <summary>
/// The identity of one request, and the reference the person quotes. Ten Crockford base-32
/// characters (50 bits) after an "R-" prefix, e.g. <c>R-7K3M-9QX2-HP</c>: short enough to read
/// over the phone, free of letters that look like digits, and safe as a storage key.
/// The driver supplies the random bytes: the decider never makes ids itself.
/// </summary>
public readonly record struct RequestId
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private RequestId(string value) => Value = value;

    /// <summary>The canonical text form, e.g. <c>R-7K3M-9QX2-HP</c>.</summary>
    public string Value { get; }

    /// <summary>Builds an id from at least seven random bytes.</summary>
    public static RequestId FromRandomBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 7)
        {
            throw new ArgumentException("A request id needs at least 7 random bytes.", nameof(bytes));
        }

        ulong bits = 0;
        for (var i = 0; i < 7; i++)
        {
            bits = (bits << 8) | bytes[i];
        }

        Span<char> chars = stackalloc char[10];
        for (var i = 9; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new RequestId($"R-{chars[..4]}-{chars[4..8]}-{chars[8..]}");
    }

    /// <summary>Parses a reference typed by a person: case, spaces and dashes are forgiven.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RequestId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().ToUpperInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.StartsWith('R'))
        {
            compact = compact[1..];
        }

        if (compact.Length != 10)
        {
            return false;
        }

        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < 10; i++)
        {
            var c = compact[i] switch { 'O' => '0', 'I' or 'L' => '1', var other => other };
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            chars[i] = c;
        }

        id = new RequestId($"R-{chars[..4]}-{chars[4..8]}-{chars[8..]}");
        return true;
    }

    /// <summary>Parses a canonical id; throws at the edges only, for values read from our own storage.</summary>
    public static RequestId Parse(string text) =>
        TryParse(text, out var id) ? id.Value : throw new FormatException("Not a request id.");

    public override string ToString() => Value ?? string.Empty;
}
