using System.Globalization;
using System.Security.Cryptography;

namespace Intake.Core.Sources;

/// <summary>
/// HMAC-SHA256 over <c>timestamp + "." + body</c>, sent as <c>sha256=&lt;hex&gt;</c> beside the
/// Unix-seconds timestamp. Signing the timestamp with the body means a captured request cannot be
/// replayed later, and a body cannot be altered in transit, in either direction.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Intake-Signature";
    public const string TimestampHeader = "X-Intake-Timestamp";

    /// <summary>How far a timestamp may lie from our clock before a signed message is refused.</summary>
    public static TimeSpan AllowedSkew { get; } = TimeSpan.FromMinutes(5);

    public static string Timestamp(DateTimeOffset now) =>
        now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Compute(ReadOnlySpan<byte> key, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = System.Text.Encoding.ASCII.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }

    /// <summary>Whether <paramref name="signature"/> is ours for this body and the timestamp is fresh.</summary>
    public static bool Verify(ReadOnlySpan<byte> key, string? timestamp, ReadOnlySpan<byte> body, string? signature, DateTimeOffset now)
    {
        if (timestamp is null || signature is null
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if ((now - sent).Duration() > AllowedSkew)
        {
            return false;
        }

        var expected = System.Text.Encoding.ASCII.GetBytes(Compute(key, timestamp, body));
        var given = System.Text.Encoding.ASCII.GetBytes(signature.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
