namespace Intake.Core.Notifications;

/// <summary>
/// The one port for sending mail. Implementations: SendGrid when a key is configured, else the
/// local outbox. <paramref name="idempotencyKey"/> is the effect id: sending twice with the same
/// key must deliver once where the implementation can know (the outbox can; SendGrid receives it
/// as a custom argument so duplicates can be traced).
/// </summary>
public interface IMailSender
{
    Task SendAsync(MailMessage message, string idempotencyKey, CancellationToken cancellationToken = default);
}
