using Intake.Core.Notifications;

namespace Intake.Core.Tests.Notifications;

/// <summary>Compares rendered mails by content (records compare lists by reference).</summary>
internal sealed class MailMessageComparer : IEqualityComparer<MailMessage>
{
    public static readonly MailMessageComparer Instance = new();

    public bool Equals(MailMessage? x, MailMessage? y) =>
        x is not null && y is not null
        && x.To == y.To && x.Subject == y.Subject && x.Text == y.Text && x.Html == y.Html
        && x.Links.SequenceEqual(y.Links) && x.Reference == y.Reference && x.Kind == y.Kind;

    public int GetHashCode(MailMessage obj) => HashCode.Combine(obj.To, obj.Subject, obj.Text);
}
