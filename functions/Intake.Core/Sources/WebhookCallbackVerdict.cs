namespace Intake.Core.Sources;

/// <summary>The result of checking a callback: the receipt to record, or why it was refused.</summary>
public sealed record WebhookCallbackVerdict(SourceReceipt? Receipt, WebhookCallbackClaims? Claims, string? Problem)
{
    public bool Accepted => Receipt is not null;

    public static WebhookCallbackVerdict Refused(string problem) => new(null, null, problem);
}
