namespace Intake.Core.Sources;

/// <summary>
/// The result of checking a callback: the receipt to record (and, for an export, the rows to
/// write to the evidence store before it), or why it was refused.
/// </summary>
public sealed record WebhookCallbackVerdict(SourceReceipt? Receipt, WebhookCallbackClaims? Claims, string? Problem)
{
    public IReadOnlyList<SourceRow> Rows { get; init; } = [];

    public bool Accepted => Receipt is not null;

    public static WebhookCallbackVerdict Refused(string problem) => new(null, null, problem);
}
