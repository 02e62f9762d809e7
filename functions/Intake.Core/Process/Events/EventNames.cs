namespace Intake.Core.Process.Events;

/// <summary>Wire names of the event types, as stored and shown in the audit trail.</summary>
public static class EventNames
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(RequestReceived)] = "request-received",
        [typeof(VerificationLinkSent)] = "verification-link-sent",
        [typeof(VerificationLinkExpired)] = "verification-link-expired",
        [typeof(IdentityVerified)] = "identity-verified",
        [typeof(ClosedUnverified)] = "closed-unverified",
        [typeof(StaffReviewRequested)] = "staff-review-requested",
        [typeof(ReviewApproved)] = "review-approved",
        [typeof(DataSubjectNotified)] = "data-subject-notified",
        [typeof(InformationRequested)] = "information-requested",
        [typeof(InformationProvided)] = "information-provided",
        [typeof(DeadlineExtended)] = "deadline-extended",
        [typeof(RequestRefused)] = "request-refused",
        [typeof(RequestWithdrawn)] = "request-withdrawn",
        [typeof(ProcessingStarted)] = "processing-started",
        [typeof(SourceTaskFinished)] = "source-task-finished",
        [typeof(SourceTaskAwaitingStaff)] = "source-task-awaiting-staff",
        [typeof(SourceTaskAwaitingCallback)] = "source-task-awaiting-callback",
        [typeof(SourceTaskFailed)] = "source-task-failed",
        [typeof(SourceTaskRetried)] = "source-task-retried",
        [typeof(ExportAssemblyStarted)] = "export-assembly-started",
        [typeof(ExportAssembled)] = "export-assembled",
        [typeof(ExportReleaseRequested)] = "export-release-requested",
        [typeof(ExportReleased)] = "export-released",
        [typeof(ResponseDelivered)] = "response-delivered",
        [typeof(RecipientNotificationStarted)] = "recipient-notification-started",
        [typeof(RecipientsNotified)] = "recipients-notified",
        [typeof(RequestCompleted)] = "request-completed",
        [typeof(ReminderSent)] = "reminder-sent",
        [typeof(OverdueEscalated)] = "overdue-escalated",
        [typeof(ExportDownloaded)] = "export-downloaded",
        [typeof(ExportExpired)] = "export-expired",
        [typeof(EffectParked)] = "effect-parked",
        [typeof(ErrorRetried)] = "error-retried",
        [typeof(ContactHandled)] = "contact-handled",
        [typeof(RequestPurged)] = "request-purged",
    };

    public static string Of(Type eventType) =>
        Names.TryGetValue(eventType, out var name) ? name : eventType.Name;
}
