using System.Text.Json.Serialization;

namespace Intake.Core.Process.Effects;

/// <summary>
/// Something the outside world must do because of a decision. The id is derived from the request,
/// the event sequence number and the target, so a driver that runs an effect twice (after a crash,
/// or a replay) can recognise it and do it once.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$effect")]
[JsonDerivedType(typeof(SendMail), "send-mail")]
[JsonDerivedType(typeof(RunSource), "run-source")]
[JsonDerivedType(typeof(AssembleExport), "assemble-export")]
[JsonDerivedType(typeof(NotifyRecipients), "notify-recipients")]
[JsonDerivedType(typeof(AddToSuppressionList), "add-to-suppression-list")]
[JsonDerivedType(typeof(DeleteExport), "delete-export")]
[JsonDerivedType(typeof(PurgeRecord), "purge-record")]
[JsonDerivedType(typeof(RecordVerifiedRequest), "record-verified-request")]
public abstract record Effect(string Id);
