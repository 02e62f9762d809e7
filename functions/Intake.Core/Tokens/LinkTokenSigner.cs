using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Intake.Core.Tokens;

/// <summary>
/// Signs and checks link tokens with HMAC-SHA256: <c>base64url(payload).base64url(mac)</c>. The
/// payload is compact JSON so a link stays short enough for mail clients that wrap long lines.
/// Checking never throws on bad input: a token from a URL is untrusted text.
/// </summary>
public sealed class LinkTokenSigner
{
    private readonly byte[] key;

    public LinkTokenSigner(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The token signing key must be at least 32 bytes (256 bits).", nameof(key));
        }

        this.key = key.ToArray();
    }

    public string Sign(LinkToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Wire(
            token.Scope,
            token.Action,
            token.Audience switch { TokenAudience.Person => "p", TokenAudience.Staff => "s", _ => "x" },
            token.ExpiresAt.ToUnixTimeSeconds(),
            token.Nonce,
            token.SingleUse ? 1 : 0));
        var mac = HMACSHA256.HashData(key, payload);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(mac)}";
    }

    public TokenCheck Check(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 2048)
        {
            return TokenCheck.Malformed;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != text.LastIndexOf('.') || dot == text.Length - 1)
        {
            return TokenCheck.Malformed;
        }

        byte[] payload;
        byte[] mac;
        try
        {
            payload = Base64Url.DecodeFromChars(text.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(text.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return TokenCheck.Malformed;
        }

        // Compare in constant time so the signature cannot be guessed byte by byte from timings.
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), mac))
        {
            return TokenCheck.Tampered;
        }

        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(payload);
        }
        catch (JsonException)
        {
            return TokenCheck.Malformed;
        }

        if (wire is null || wire.S is null || wire.A is null || wire.N is null)
        {
            return TokenCheck.Malformed;
        }

        var token = new LinkToken(
            wire.S,
            wire.A,
            wire.U switch { "p" => TokenAudience.Person, "s" => TokenAudience.Staff, _ => TokenAudience.Source },
            DateTimeOffset.FromUnixTimeSeconds(wire.E),
            wire.N,
            wire.O == 1);
        return now >= token.ExpiresAt ? TokenCheck.Expired(token) : TokenCheck.Valid(token);
    }

    /// <summary>The stored form of a token: its SHA-256, so a leaked store never yields a working link.</summary>
    public static string HashOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    private sealed record Wire(string? S, string? A, string? U, long E, string? N, int O);
}
