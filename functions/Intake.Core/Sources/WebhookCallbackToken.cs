using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Intake.Core.Requests;
using Intake.Core.Tokens;

namespace Intake.Core.Sources;

/// <summary>
/// The token in a webhook's callback URL: request, source, action and expiry, HMAC-signed with
/// the source's key. The other system can only post a receipt for the job it was given, and only
/// until the token expires. Like a link, it has one spelling: padding, the standard alphabet or
/// stray trailing bits are refused.
/// </summary>
public static class WebhookCallbackToken
{
    private const string Purpose = "intake-source-callback-v1";

    public static string Create(ReadOnlySpan<byte> key, WebhookCallbackClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var payload = string.Join(
            '|',
            claims.Request.Value,
            claims.SourceId,
            claims.Action.ToString(),
            claims.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var payloadBytes = Encoding.UTF8.GetBytes(payload);
        return CanonicalBase64Url.Encode(payloadBytes) + "." + CanonicalBase64Url.Encode(Sign(key, payloadBytes));
    }

    /// <summary>Reads a token this controller issued; false when it is malformed, forged or expired.</summary>
    public static bool TryRead(ReadOnlySpan<byte> key, string? token, DateTimeOffset now, out WebhookCallbackClaims? claims)
    {
        claims = null;
        var parts = token?.Split('.');
        if (parts is not { Length: 2 } || !CanonicalBase64Url.TryDecode(parts[0], out var payloadBytes) || !CanonicalBase64Url.TryDecode(parts[1], out var mac))
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(Sign(key, payloadBytes), mac))
        {
            return false;
        }

        var fields = Encoding.UTF8.GetString(payloadBytes).Split('|');
        if (fields.Length != 4
            || !RequestId.TryParse(fields[0], out var request)
            || !Enum.TryParse<SourceAction>(fields[2], ignoreCase: false, out var action)
            || !long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return false;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiry);
        if (now > expiresAt)
        {
            return false;
        }

        claims = new WebhookCallbackClaims(request.Value, fields[1], action, expiresAt);
        return true;
    }

    private static byte[] Sign(ReadOnlySpan<byte> key, byte[] payload)
    {
        var purpose = Encoding.ASCII.GetBytes(Purpose + "\n");
        var message = new byte[purpose.Length + payload.Length];
        purpose.CopyTo(message, 0);
        payload.CopyTo(message, purpose.Length);
        return HMACSHA256.HashData(key, message);
    }
}
