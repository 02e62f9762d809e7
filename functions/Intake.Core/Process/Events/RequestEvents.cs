using System.Text.Json.Serialization;
using Intake.Core.Deadlines;
using Intake.Core.Requests;
using Intake.Core.Sources;

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

/// <summary>The request reached the controller. The statutory clock starts here (Art 12(3)); the policy, the deadline rules and the sources are fixed for the life of the request.</summary>
public sealed record RequestReceived(DateTimeOffset At, Actor Actor, RequestId Id, NewRequest Request, ProcessPolicy Policy, DeadlinePolicy? DeadlinePolicy, DeadlineCalculation? Deadline, IReadOnlyList<PlannedSource> Sources, int PriorRequests) : RequestEvent(At, Actor);

/// <summary>A verification link went to the person's address: proof that they control the address the data is keyed on.</summary>
public sealed record VerificationLinkSent(DateTimeOffset At, Actor Actor, int Attempt, DateTimeOffset ExpiresAt) : RequestEvent(At, Actor);

/// <summary>The latest verification link expired unused; the person may ask for a new one.</summary>
public sealed record VerificationLinkExpired(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>The person followed the link. Under the paused-until-verified policy the deadline is recounted from now.</summary>
public sealed record IdentityVerified(DateTimeOffset At, Actor Actor, DeadlineCalculation? Deadline) : RequestEvent(At, Actor);

/// <summary>Closed because the address was never verified (Art 12(6)); the person may ask again.</summary>
public sealed record ClosedUnverified(DateTimeOffset At, Actor Actor, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);

/// <summary>Staff must decide before the request proceeds.</summary>
public sealed record StaffReviewRequested(DateTimeOffset At, Actor Actor, IReadOnlyList<ReviewReason> Reasons) : RequestEvent(At, Actor);

/// <summary>
/// Staff approved; for a triaged email this also fixes the type. Staff may confirm identifiers the
/// person stated (from then on sources may use them), and for an agent's request they record that
/// they checked the mandate.
/// </summary>
public sealed record ReviewApproved(
    DateTimeOffset At,
    Actor Actor,
    RequestType Type,
    IReadOnlyList<IdentifierKind>? ConfirmedIdentifiers = null,
    bool MandateChecked = false) : RequestEvent(At, Actor);

/// <summary>
/// An agent's request was approved: the data subject is told at their own address, and the
/// sources wait until <paramref name="ProceedAt"/>, so a person whose name was misused can stop it.
/// </summary>
public sealed record DataSubjectNotified(DateTimeOffset At, Actor Actor, DateTimeOffset ProceedAt) : RequestEvent(At, Actor);

/// <summary>Staff asked the person for information they need to act (e.g. which customer account).</summary>
public sealed record InformationRequested(DateTimeOffset At, Actor Actor, string Question) : RequestEvent(At, Actor);

/// <summary>The person answered.</summary>
public sealed record InformationProvided(DateTimeOffset At, Actor Actor, string Answer) : RequestEvent(At, Actor);

/// <summary>Art 12(3): extended by two further months, with reasons, told within the first month.</summary>
public sealed record DeadlineExtended(DateTimeOffset At, Actor Actor, string Reason, DateOnly ExtendedDueDate) : RequestEvent(At, Actor);

/// <summary>Refused with reasons, the right to complain and to a judicial remedy (Art 12(4)).</summary>
public sealed record RequestRefused(DateTimeOffset At, Actor Actor, RefusalGround Ground, string? Detail, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);

/// <summary>The person withdrew the request.</summary>
public sealed record RequestWithdrawn(DateTimeOffset At, Actor Actor, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);

/// <summary>Work started on every source that supports the action.</summary>
public sealed record ProcessingStarted(DateTimeOffset At, Actor Actor, SourceAction Action, IReadOnlyList<string> SourceIds) : RequestEvent(At, Actor);

/// <summary>A source reported what it found, did and kept.</summary>
public sealed record SourceTaskFinished(DateTimeOffset At, Actor Actor, SourceReceipt Receipt) : RequestEvent(At, Actor);

/// <summary>A manual source: staff must confirm what they found or did.</summary>
public sealed record SourceTaskAwaitingStaff(DateTimeOffset At, Actor Actor, string SourceId, string? Note) : RequestEvent(At, Actor);

/// <summary>Another system accepted the job and will post its receipt later; the request waits for it until <paramref name="AnswerBy"/>.</summary>
public sealed record SourceTaskAwaitingCallback(DateTimeOffset At, Actor Actor, string SourceId, DateTimeOffset AnswerBy) : RequestEvent(At, Actor);

/// <summary>A source failed. With a retry time it runs again then; without one it is flagged to staff.</summary>
public sealed record SourceTaskFailed(DateTimeOffset At, Actor Actor, string SourceId, int Attempt, string Error, DateTimeOffset? RetryAt) : RequestEvent(At, Actor);

/// <summary>A failed source runs again.</summary>
public sealed record SourceTaskRetried(DateTimeOffset At, Actor Actor, string SourceId, int Attempt) : RequestEvent(At, Actor);

/// <summary>Every source answered; the export is being built.</summary>
public sealed record ExportAssemblyStarted(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>The export ZIP is in storage.</summary>
public sealed record ExportAssembled(DateTimeOffset At, Actor Actor, ExportSummary Export) : RequestEvent(At, Actor);

/// <summary>Policy wants staff to release the export before the person gets it.</summary>
public sealed record ExportReleaseRequested(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>Staff released the export.</summary>
public sealed record ExportReleased(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>The answer went to the person: this meets the statutory deadline.</summary>
public sealed record ResponseDelivered(DateTimeOffset At, Actor Actor, DateTimeOffset? DownloadExpiresAt) : RequestEvent(At, Actor);

/// <summary>Art 19: recipients of the data are being told.</summary>
public sealed record RecipientNotificationStarted(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>Art 19: these recipients were told; the reply lists them.</summary>
public sealed record RecipientsNotified(DateTimeOffset At, Actor Actor, IReadOnlyList<string> Recipients) : RequestEvent(At, Actor);

/// <summary>Done; the record is kept as evidence until the purge time.</summary>
public sealed record RequestCompleted(DateTimeOffset At, Actor Actor, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);

/// <summary>Staff were reminded of the due date.</summary>
public sealed record ReminderSent(DateTimeOffset At, Actor Actor, string Key, DateOnly DueDate, int DaysLeft) : RequestEvent(At, Actor);

/// <summary>The due date passed without an answer; escalated to staff.</summary>
public sealed record OverdueEscalated(DateTimeOffset At, Actor Actor, DateOnly DueDate) : RequestEvent(At, Actor);

/// <summary>The person downloaded the export (audited on every use).</summary>
public sealed record ExportDownloaded(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>The download link lifetime ended; the export is deleted.</summary>
public sealed record ExportExpired(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>An effect failed on every try; the request waits in the error step for staff.</summary>
public sealed record EffectParked(DateTimeOffset At, Actor Actor, ParkedEffect Parked) : RequestEvent(At, Actor);

/// <summary>Staff retried the parked effect.</summary>
public sealed record ErrorRetried(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);

/// <summary>Staff handled a contact-form message.</summary>
public sealed record ContactHandled(DateTimeOffset At, Actor Actor, string? Note, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);

/// <summary>The retention period ended; the record is deleted.</summary>
public sealed record RequestPurged(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
