namespace Intake.Adapters.Mail;

/// <summary>The mail route <see cref="MailServiceCollectionExtensions.AddIntakeMail"/> chose, for logs and pages.</summary>
/// <param name="Target">The SendGrid host or the outbox table name; never a key.</param>
public sealed record MailTransport(MailTransportKind Kind, string Target);
