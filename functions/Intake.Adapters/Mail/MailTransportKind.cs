namespace Intake.Adapters.Mail;

/// <summary>Where mail goes.</summary>
public enum MailTransportKind
{
    /// <summary>Delivered through the SendGrid API.</summary>
    SendGrid,

    /// <summary>Kept in the local outbox table and shown at <c>/outbox</c>.</summary>
    Outbox,
}
