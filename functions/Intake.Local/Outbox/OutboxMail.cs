using Intake.Core.Notifications;

namespace Intake.Local.Outbox;

/// <summary>A mail kept in the outbox.</summary>
/// <param name="Id">Sorts newest first; safe in a URL.</param>
/// <param name="IdempotencyKey">The effect id it was sent under.</param>
public sealed record OutboxMail(
    string Id,
    string To,
    string Subject,
    string Text,
    string Html,
    IReadOnlyList<MailLink> Links,
    DateTimeOffset SentAt,
    string IdempotencyKey,
    string? Reference,
    string? Kind);
