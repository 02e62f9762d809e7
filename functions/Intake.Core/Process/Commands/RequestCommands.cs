using System.Text.Json.Serialization;
using Intake.Core.Deadlines;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Process.Commands;

/// <summary>
/// Something someone asks of a request. Time and actor come in with the command: the decider reads
/// no clock, so the same command on the same state always decides the same way.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$command")]
[JsonDerivedType(typeof(SubmitRequest), "submit")]
[JsonDerivedType(typeof(ConfirmIdentity), "confirm-identity")]
[JsonDerivedType(typeof(ResendVerification), "resend-verification")]
[JsonDerivedType(typeof(ApproveReview), "approve-review")]
[JsonDerivedType(typeof(RefuseRequest), "refuse")]
[JsonDerivedType(typeof(ExtendDeadline), "extend")]
[JsonDerivedType(typeof(AskForInformation), "ask")]
[JsonDerivedType(typeof(ProvideInformation), "answer")]
[JsonDerivedType(typeof(WithdrawRequest), "withdraw")]
[JsonDerivedType(typeof(RecordSourceReceipt), "record-source-receipt")]
[JsonDerivedType(typeof(RecordSourceFailure), "record-source-failure")]
[JsonDerivedType(typeof(RetrySource), "retry-source")]
[JsonDerivedType(typeof(ConfirmSourceTask), "confirm-source-task")]
[JsonDerivedType(typeof(RecordExport), "record-export")]
[JsonDerivedType(typeof(ReleaseExport), "release-export")]
[JsonDerivedType(typeof(RecordRecipientsNotified), "record-recipients-notified")]
[JsonDerivedType(typeof(RecordDownload), "record-download")]
[JsonDerivedType(typeof(ParkEffect), "park-effect")]
[JsonDerivedType(typeof(RetryParkedEffect), "retry-parked-effect")]
[JsonDerivedType(typeof(HandleContact), "handle-contact")]
[JsonDerivedType(typeof(Tick), "tick")]
public abstract record RequestCommand(DateTimeOffset At, Actor Actor);

/// <summary>Open a request. The driver supplies the id, the policy snapshot, the deadline rules and the controller's sources; <paramref name="PriorRequests"/> counts the same person's requests of the same type in the repeat window.</summary>
public sealed record SubmitRequest(DateTimeOffset At, Actor Actor, RequestId Id, NewRequest Request, ProcessPolicy Policy, DeadlinePolicy? DeadlinePolicy, IReadOnlyList<PlannedSource> Sources, int PriorRequests) : RequestCommand(At, Actor);

/// <summary>The person followed the verification link (the driver checked the signed token).</summary>
public sealed record ConfirmIdentity(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);

/// <summary>Send a fresh verification link.</summary>
public sealed record ResendVerification(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);

/// <summary>
/// Staff approve the pending review; for triage they also choose the type. They may confirm
/// identifiers the person stated; for an agent's request they must say they checked the mandate.
/// </summary>
public sealed record ApproveReview(
    DateTimeOffset At,
    Actor Actor,
    RequestType? Type,
    IReadOnlyList<IdentifierKind>? ConfirmIdentifiers = null,
    bool MandateChecked = false) : RequestCommand(At, Actor);

/// <summary>Staff refuse, choosing a template ground and optionally adding detail.</summary>
public sealed record RefuseRequest(DateTimeOffset At, Actor Actor, RefusalGround Ground, string? Detail) : RequestCommand(At, Actor);

/// <summary>Staff extend the deadline by two months, giving the reasons told to the person.</summary>
public sealed record ExtendDeadline(DateTimeOffset At, Actor Actor, string Reason) : RequestCommand(At, Actor);

/// <summary>Staff ask the person for information needed to act.</summary>
public sealed record AskForInformation(DateTimeOffset At, Actor Actor, string Question) : RequestCommand(At, Actor);

/// <summary>The person answers a question staff asked.</summary>
public sealed record ProvideInformation(DateTimeOffset At, Actor Actor, string Answer) : RequestCommand(At, Actor);

/// <summary>The person withdraws the request.</summary>
public sealed record WithdrawRequest(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);

/// <summary>A source's run finished with a receipt.</summary>
public sealed record RecordSourceReceipt(DateTimeOffset At, Actor Actor, SourceReceipt Receipt) : RequestCommand(At, Actor);

/// <summary>A source's run failed after its own short retries.</summary>
public sealed record RecordSourceFailure(DateTimeOffset At, Actor Actor, string SourceId, string Error) : RequestCommand(At, Actor);

/// <summary>Staff run a flagged source again.</summary>
public sealed record RetrySource(DateTimeOffset At, Actor Actor, string SourceId) : RequestCommand(At, Actor);

/// <summary>Staff confirm by hand what a manual or flagged source holds or what they did.</summary>
public sealed record ConfirmSourceTask(DateTimeOffset At, Actor Actor, SourceReceipt Receipt) : RequestCommand(At, Actor);

/// <summary>The export was assembled.</summary>
public sealed record RecordExport(DateTimeOffset At, Actor Actor, ExportSummary Export) : RequestCommand(At, Actor);

/// <summary>Staff release the export to the person.</summary>
public sealed record ReleaseExport(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);

/// <summary>Art 19 notices went out to these recipients.</summary>
public sealed record RecordRecipientsNotified(DateTimeOffset At, Actor Actor, IReadOnlyList<string> Recipients) : RequestCommand(At, Actor);

/// <summary>The person used the download link.</summary>
public sealed record RecordDownload(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);

/// <summary>An effect failed on every try; park the request for staff.</summary>
public sealed record ParkEffect(DateTimeOffset At, Actor Actor, Effect Effect, string Error) : RequestCommand(At, Actor);

/// <summary>Staff retry the parked effect.</summary>
public sealed record RetryParkedEffect(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);

/// <summary>Staff mark a contact message handled.</summary>
public sealed record HandleContact(DateTimeOffset At, Actor Actor, string? Note) : RequestCommand(At, Actor);

/// <summary>Time passed: act on every timer that is due at <c>At</c>.</summary>
public sealed record Tick(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
