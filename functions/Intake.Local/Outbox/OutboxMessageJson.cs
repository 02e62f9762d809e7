
namespace Intake.Local.Outbox;

/// <summary>One outbox mail as <c>GET /outbox/messages</c> returns it (camelCase on the wire).</summary>
public sealed record OutboxMessageJson(
    string Id,
    string To,
    string Subject,
    string Text,
    string Html,
    IReadOnlyList<OutboxLinkJson> Links,
    DateTimeOffset SentAt)
{
    public static OutboxMessageJson From(OutboxMail mail) => new(
        mail.Id,
        mail.To,
        mail.Subject,
        mail.Text,
        mail.Html,
        mail.Links.Select(link => new OutboxLinkJson(link.Name, link.Label, link.Url.AbsoluteUri)).ToList(),
        mail.SentAt);
}
