namespace Intake.Core.Notifications;

/// <summary>What is fixed by the kind of a mail: who reads it and which links it may carry.</summary>
public static class MailKindFacts
{
    private static readonly string[] VerificationLinks = [LinkNames.Verify, LinkNames.Status];
    private static readonly string[] StatusOnly = [LinkNames.Status];
    private static readonly string[] AnswerLinks = [LinkNames.Answer, LinkNames.Status];
    private static readonly string[] DownloadLinks = [LinkNames.Download, LinkNames.Status];
    private static readonly string[] ReviewLinks = [LinkNames.Approve, LinkNames.Reject, LinkNames.Extend, LinkNames.AskForInformation, LinkNames.Mandate, LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] ReleaseLinks = [LinkNames.Release, LinkNames.Reject, LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] TaskLinks = [LinkNames.ConfirmTask, LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] RetryLinks = [LinkNames.Retry, LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] SourceFailedLinks = [LinkNames.Retry, LinkNames.ConfirmTask, LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] ReminderLinks = [LinkNames.Extend, LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] OverviewOnly = [LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] ContactLinks = [LinkNames.MarkHandled, LinkNames.Detail, LinkNames.Overview];
    private static readonly string[] NoLinks = [];

    /// <summary>Who the mail is written to.</summary>
    public static MailAudience Audience(this MailKind kind) => kind switch
    {
        MailKind.VerificationRequested or MailKind.VerificationResent or MailKind.RequestAcknowledged
            or MailKind.InformationRequested or MailKind.ExtensionNotice or MailKind.Refusal
            or MailKind.ResponseReady or MailKind.ActionCompleted or MailKind.WithdrawalConfirmed
            or MailKind.ClosedUnverified or MailKind.ContactReceived => MailAudience.Person,
        MailKind.StaffReviewRequested or MailKind.ExportReleaseRequested or MailKind.ManualTaskRequested
            or MailKind.SourceFailed or MailKind.DueReminder or MailKind.OverdueEscalation
            or MailKind.ProcessError or MailKind.ContactForStaff => MailAudience.Staff,
        MailKind.RecipientNotice => MailAudience.Recipient,
        MailKind.AgentRequestNotice => MailAudience.DataSubject,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The links a mail of this kind shows, in the order shown. A link in
    /// <see cref="MailContext.Links"/> that is not named here is left out, so a staff action link
    /// handed over by mistake can never reach the person or a recipient.
    /// </summary>
    public static IReadOnlyList<string> AllowedLinks(this MailKind kind) => kind switch
    {
        MailKind.VerificationRequested or MailKind.VerificationResent => VerificationLinks,
        MailKind.InformationRequested => AnswerLinks,
        MailKind.ResponseReady => DownloadLinks,
        MailKind.RequestAcknowledged or MailKind.ExtensionNotice or MailKind.Refusal
            or MailKind.ActionCompleted or MailKind.WithdrawalConfirmed or MailKind.ContactReceived => StatusOnly,
        MailKind.ClosedUnverified or MailKind.RecipientNotice or MailKind.AgentRequestNotice => NoLinks,
        MailKind.StaffReviewRequested => ReviewLinks,
        MailKind.ExportReleaseRequested => ReleaseLinks,
        MailKind.ManualTaskRequested => TaskLinks,
        MailKind.SourceFailed => SourceFailedLinks,
        MailKind.ProcessError => RetryLinks,
        MailKind.DueReminder => ReminderLinks,
        MailKind.OverdueEscalation => OverviewOnly,
        MailKind.ContactForStaff => ContactLinks,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
