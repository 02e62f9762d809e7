namespace Intake.Local.Outbox;

/// <summary>One page of outbox mail; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxMail> Mails, string? ContinuationToken);
