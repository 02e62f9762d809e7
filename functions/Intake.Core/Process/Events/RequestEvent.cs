using System.Text.Json.Serialization;

namespace Intake.Core.Process.Events;

/// <summary>
/// Something that happened to a request, with who and when. The list of events is the request's
/// audit trail; state is only ever derived from it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(RequestReceived), "request-received")]
[JsonDerivedType(typeof(VerificationLinkSent), "verification-link-sent")]
[JsonDerivedType(typeof(VerificationLinkExpired), "verification-link-expired")]
[JsonDerivedType(typeof(IdentityVerified), "identity-verified")]
[JsonDerivedType(typeof(ClosedUnverified), "closed-unverified")]
[JsonDerivedType(typeof(StaffReviewRequested), "staff-review-requested")]
[JsonDerivedType(typeof(ReviewApproved), "review-approved")]
[JsonDerivedType(typeof(DataSubjectNotified), "data-subject-notified")]
[JsonDerivedType(typeof(InformationRequested), "information-requested")]
[JsonDerivedType(typeof(InformationProvided), "information-provided")]
[JsonDerivedType(typeof(DeadlineExtended), "deadline-extended")]
[JsonDerivedType(typeof(RequestRefused), "request-refused")]
[JsonDerivedType(typeof(RequestWithdrawn), "request-withdrawn")]
[JsonDerivedType(typeof(ProcessingStarted), "processing-started")]
[JsonDerivedType(typeof(SourceTaskFinished), "source-task-finished")]
[JsonDerivedType(typeof(SourceTaskAwaitingStaff), "source-task-awaiting-staff")]
[JsonDerivedType(typeof(SourceTaskAwaitingCallback), "source-task-awaiting-callback")]
[JsonDerivedType(typeof(SourceTaskFailed), "source-task-failed")]
[JsonDerivedType(typeof(SourceTaskRetried), "source-task-retried")]
[JsonDerivedType(typeof(ExportAssemblyStarted), "export-assembly-started")]
[JsonDerivedType(typeof(ExportAssembled), "export-assembled")]
[JsonDerivedType(typeof(ExportReleaseRequested), "export-release-requested")]
[JsonDerivedType(typeof(ExportReleased), "export-released")]
[JsonDerivedType(typeof(ResponseDelivered), "response-delivered")]
[JsonDerivedType(typeof(RecipientNotificationStarted), "recipient-notification-started")]
[JsonDerivedType(typeof(RecipientsNotified), "recipients-notified")]
[JsonDerivedType(typeof(RequestCompleted), "request-completed")]
[JsonDerivedType(typeof(ReminderSent), "reminder-sent")]
[JsonDerivedType(typeof(OverdueEscalated), "overdue-escalated")]
[JsonDerivedType(typeof(ExportDownloaded), "export-downloaded")]
[JsonDerivedType(typeof(ExportExpired), "export-expired")]
[JsonDerivedType(typeof(EffectParked), "effect-parked")]
[JsonDerivedType(typeof(ErrorRetried), "error-retried")]
[JsonDerivedType(typeof(ContactHandled), "contact-handled")]
[JsonDerivedType(typeof(RequestPurged), "request-purged")]
public abstract record RequestEvent(DateTimeOffset At, Actor Actor)
{
    /// <summary>The stable wire name of this event type.</summary>
    [JsonIgnore]
    public string Name => EventNames.Of(GetType());
}
