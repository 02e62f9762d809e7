using System.Security.Cryptography;
using Intake.Core.Requests;

namespace Intake.Core.Idempotency;

/// <summary>
/// Remembers idempotency keys for a while, so a client that retries a call (a timeout, a crash, a
/// mail service posting a message again) gets the first answer and opens no second request. The
/// first claim wins, also when two calls race.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>How long a key is remembered.</summary>
    static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>SHA-256 of <paramref name="bytes"/>, lower-case hex: how bodies (and keys that may carry anything) are compared.</summary>
    static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Claims <paramref name="key"/> within <paramref name="scope"/> (the endpoint or channel) for a
    /// body with hash <paramref name="bodyHash"/>; <paramref name="candidate"/> is the reference to
    /// reserve when the key is new. Read the verdict to know what to do.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(string scope, string key, string bodyHash, RequestId candidate, CancellationToken cancellationToken = default);

    /// <summary>Stores the first answer for the key, so later calls replay it.</summary>
    Task CompleteAsync(string scope, string key, string response, CancellationToken cancellationToken = default);

    /// <summary>Forgets the key after the call it was claimed for stored nothing, so the client may try again.</summary>
    Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken = default);
}
