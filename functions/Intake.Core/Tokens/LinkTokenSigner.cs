using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Core.Tokens;

/// <summary>
/// Signs and checks link tokens with HMAC-SHA256: <c>base64url(payload).base64url(mac)</c>. The
/// payload is compact JSON so a link stays short enough for mail clients that wrap long lines; it
/// names the key that signed it (<c>K</c>), so keys can rotate (<see cref="LinkKeyRing"/>).
/// A token has exactly one spelling — the one <see cref="Sign"/> writes — and any other spelling of
/// the same bytes is refused. Checking never throws on bad input: a token from a URL is untrusted text.
/// </summary>
public sealed class LinkTokenSigner
{
    /// <summary>Longer text is not a token of ours; refused before any work.</summary>
    public const int MaxLength = 2048;

    private readonly LinkKeyRing keys;

    public LinkTokenSigner(LinkKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        this.keys = keys;
    }

    /// <summary>One key that signs and verifies, as configured by <c>Tokens:SigningKey</c> alone.</summary>
    public LinkTokenSigner(ReadOnlySpan<byte> key)
        : this(SingleKey(key))
    {
    }

    public LinkKeyRing Keys => keys;

    /// <summary>Signs with the current key, whose id the token carries.</summary>
    public string Sign(LinkToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var payload = Serialize(token, keys.Current.Id);
        return $"{CanonicalBase64Url.Encode(payload)}.{CanonicalBase64Url.Encode(keys.Current.Mac(payload))}";
    }

    public TokenCheck Check(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return TokenCheck.Malformed;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != text.LastIndexOf('.') || dot == text.Length - 1)
        {
            return TokenCheck.Malformed;
        }

        if (!CanonicalBase64Url.TryDecode(text.AsSpan(0, dot), out var payload)
            || !CanonicalBase64Url.TryDecode(text.AsSpan(dot + 1), out var mac))
        {
            return TokenCheck.Malformed;
        }

        // The payload is read before its signature is checked only to learn which key to check it with.
        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(payload);
        }
        catch (JsonException)
        {
            return TokenCheck.Malformed;
        }

        if (wire is null)
        {
            return TokenCheck.Malformed;
        }

        // Compare in constant time so the signature cannot be guessed byte by byte from timings.
        if (keys.Find(wire.K) is not { } key || !CryptographicOperations.FixedTimeEquals(key.Mac(payload), mac))
        {
            return TokenCheck.Tampered;
        }

        if (key.Revoked)
        {
            return TokenCheck.Revoked;
        }

        if (ToToken(wire) is not { } token
            || !payload.AsSpan().SequenceEqual(Serialize(token, wire.K)))
        {
            // Signed by us, yet not as we write it: nothing we issued, so nothing to trust.
            return TokenCheck.Malformed;
        }

        // A retired key's links end with its grace period, whatever their own expiry says.
        return now >= token.ExpiresAt || !key.InGrace(now) ? TokenCheck.Expired(token) : TokenCheck.Valid(token);
    }

    private static LinkKeyRing SingleKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < LinkKey.MinimumBytes)
        {
            throw new ArgumentException($"The token signing key must be at least {LinkKey.MinimumBytes} bytes (256 bits).", nameof(key));
        }

        return LinkKeyRing.Single(key);
    }

    private static byte[] Serialize(LinkToken token, string? keyId) => JsonSerializer.SerializeToUtf8Bytes(new Wire(
        token.Scope,
        token.Action,
        token.Audience switch { TokenAudience.Person => "p", TokenAudience.Staff => "s", _ => "x" },
        token.ExpiresAt.ToUnixTimeSeconds(),
        token.Nonce,
        token.SingleUse ? 1 : 0,
        keyId));

    private static LinkToken? ToToken(Wire wire)
    {
        if (wire.S is null || wire.A is null || wire.N is null
            || wire.E < DateTimeOffset.MinValue.ToUnixTimeSeconds() || wire.E > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return new LinkToken(
            wire.S,
            wire.A,
            wire.U switch { "p" => TokenAudience.Person, "s" => TokenAudience.Staff, _ => TokenAudience.Source },
            DateTimeOffset.FromUnixTimeSeconds(wire.E),
            wire.N,
            wire.O == 1);
    }

    /// <summary>
    /// The payload as written. <c>K</c> comes last and is left out when null, so tokens signed before
    /// keys had ids read back to exactly their own bytes.
    /// </summary>
    private sealed record Wire(
        string? S,
        string? A,
        string? U,
        long E,
        string? N,
        int O,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? K = null);
}
