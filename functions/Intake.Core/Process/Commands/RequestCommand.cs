using System.Text.Json.Serialization;

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
