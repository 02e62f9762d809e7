namespace Intake.Core.Notifications;

/// <summary>
/// What a mail must have before it may be sent. A letter the law requires to carry something
/// (reasons, a new date) is refused rather than sent without it: a deficient Art 12 notice is
/// worse than a failed effect that staff see.
/// </summary>
internal static class MailRequirements
{
    public static void Check(MailContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Kind)
        {
            case MailKind.ExtensionNotice:
                Require(!string.IsNullOrWhiteSpace(context.Reason), "An extension notice must give the reasons for the extension (Art 12(3)): Reason is empty.");
                Require(context.ExtendedDueDate is not null, "An extension notice must give the new due date (Art 12(3)): ExtendedDueDate is missing.");
                break;
            case MailKind.Refusal:
                Require(!string.IsNullOrWhiteSpace(context.Reason), "A refusal must give the reasons for not acting (Art 12(4)): Reason is empty.");
                break;
            case MailKind.InformationRequested:
                Require(!string.IsNullOrWhiteSpace(context.Question), "A request for information must say what is asked: Question is empty.");
                break;
            case MailKind.VerificationRequested or MailKind.VerificationResent:
                Require(context.Links.ContainsKey(LinkNames.Verify), "A verification mail needs the verify link.");
                break;
            case MailKind.ResponseReady:
                Require(context.Links.ContainsKey(LinkNames.Download), "A response-ready mail needs the download link.");
                break;
            case MailKind.RecipientNotice:
                Require(context.Person is not null, "An Art 19 notice must say whose data changed: Person is missing.");
                break;
        }

        foreach (var (name, url) in context.Links)
        {
            Require(url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                $"The link '{name}' must be an absolute http or https URL.");
        }
    }

    private static void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException(rule, "context");
        }
    }
}
