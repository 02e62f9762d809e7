using System.Security.Cryptography;

namespace Intake.Core.Tokens;

/// <summary>
/// One key of the <see cref="LinkKeyRing"/>: its id (written into every token it signs), its
/// secret, and how far it may still be trusted — active, retired until a time, or revoked.
/// </summary>
public sealed class LinkKey
{
    /// <summary>HMAC-SHA256 keys shorter than the hash add no strength and are refused.</summary>
    public const int MinimumBytes = 32;

    /// <summary>The longest key id: ids travel in every link.</summary>
    public const int MaxIdLength = 32;

    private readonly byte[] secret;

    public LinkKey(string id, ReadOnlySpan<byte> secret, DateTimeOffset? retiredUntil = null, bool revoked = false)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"A link key id is 1 to {MaxIdLength} lowercase letters, digits or '-', starting with a letter or digit.", nameof(id));
        }

        if (secret.Length < MinimumBytes)
        {
            throw new ArgumentException($"A link key must be at least {MinimumBytes} bytes (256 bits).", nameof(secret));
        }

        Id = id;
        this.secret = secret.ToArray();
        RetiredUntil = retiredUntil;
        Revoked = revoked;
    }

    public string Id { get; }

    /// <summary>Set when a newer key signs: tokens of this key are still accepted until then, and no longer after.</summary>
    public DateTimeOffset? RetiredUntil { get; }

    /// <summary>Refused at once, whatever its tokens say (a key that leaked).</summary>
    public bool Revoked { get; }

    /// <summary>
    /// The id of a key configured without one (<c>Tokens:SigningKey</c>): 8 hex characters of an HMAC
    /// of a fixed label under the key. Stable for the key, and it tells nothing about the secret.
    /// </summary>
    public static string IdOf(ReadOnlySpan<byte> secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, "intake-link-key-id"u8))[..8];

    /// <summary>Lowercase only: configuration keys ignore case, so ids must not depend on it.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength }
        && id[0] != '-'
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>A key of its own for another purpose, derived from this one under <paramref name="label"/>.</summary>
    public byte[] Derive(ReadOnlySpan<byte> label) => HMACSHA256.HashData(secret, label);

    internal byte[] Mac(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(secret, payload);

    /// <summary>Whether this key's tokens are still accepted at <paramref name="now"/> (revocation aside).</summary>
    internal bool InGrace(DateTimeOffset now) => RetiredUntil is not { } until || now < until;
}
