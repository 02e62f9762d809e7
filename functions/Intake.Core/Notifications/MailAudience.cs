namespace Intake.Core.Notifications;

/// <summary>Who a mail is for. Links in staff mails act as staff; links in person mails act as the person.</summary>
public enum MailAudience
{
    /// <summary>Whoever made the request: the person, or the agent acting for them.</summary>
    Person,
    Staff,
    Recipient,

    /// <summary>The person the data is about, at their own address, even when an agent made the request.</summary>
    DataSubject,
}
