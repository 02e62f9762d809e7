namespace Intake.Core.Notifications;

/// <summary>Who a mail is for. Links in staff mails act as staff; links in person mails act as the person.</summary>
public enum MailAudience
{
    Person,
    Staff,
    Recipient,
}
