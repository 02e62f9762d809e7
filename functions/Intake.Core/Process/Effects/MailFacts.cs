namespace Intake.Core.Process.Effects;

/// <summary>
/// What a mail must say beyond the request itself, fixed at the moment of the decision so a mail
/// sent late still tells what was true when it was decided.
/// </summary>
/// <param name="Links">Names from <see cref="Notifications.LinkNames"/>; the driver signs one URL per name.</param>
public sealed record MailFacts(
    IReadOnlyList<string> Links,
    DateTimeOffset? LinksExpireAt = null,
    string? Reason = null,
    string? Question = null,
    string? SourceId = null,
    int? DaysLeft = null,
    string? ErrorText = null,
    IReadOnlyList<ReviewReason>? ReviewReasons = null)
{
    public static MailFacts None { get; } = new([]);
}
