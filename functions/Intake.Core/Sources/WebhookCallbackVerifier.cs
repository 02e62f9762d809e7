namespace Intake.Core.Sources;

/// <summary>
/// Checks a receipt another system posts to its callback URL: the token must be ours and
/// unexpired, the body signed with the source's key under a fresh timestamp, and the body a final
/// receipt. Pure: the HTTP endpoint passes what it received and records the accepted receipt.
/// </summary>
public static class WebhookCallbackVerifier
{
    public static WebhookCallbackVerdict Verify(
        ReadOnlySpan<byte> key,
        string? token,
        string? timestamp,
        ReadOnlySpan<byte> body,
        string? signature,
        DateTimeOffset now)
    {
        if (!WebhookCallbackToken.TryRead(key, token, now, out var claims) || claims is null)
        {
            return WebhookCallbackVerdict.Refused("The callback token is not valid or has expired.");
        }

        if (!WebhookSignature.Verify(key, timestamp, body, signature, now))
        {
            return WebhookCallbackVerdict.Refused("The body signature does not verify or the timestamp is stale.");
        }

        return WebhookReceipts.TryParse(body, claims.SourceId, claims.Action, now, out var receipt, out var rows, out var problem)
            ? new WebhookCallbackVerdict(receipt, claims, null) { Rows = rows }
            : WebhookCallbackVerdict.Refused(problem!);
    }
}
