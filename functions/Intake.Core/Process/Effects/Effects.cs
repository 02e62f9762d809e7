using System.Text.Json.Serialization;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Sources;

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

/// <summary>Send one mail; the driver renders it from the request and these facts, minting the named links.</summary>
public sealed record SendMail(string Id, MailKind Kind, MailAudience Audience, MailFacts Facts) : Effect(Id);

/// <summary>Run one action on one data source; the result comes back as a receipt or a failure.</summary>
public sealed record RunSource(string Id, string SourceId, SourceAction Action) : Effect(Id);

/// <summary>Build the answer ZIP from the collected evidence. <paramref name="PortabilityOnly"/>: only the Art 20 subset.</summary>
public sealed record AssembleExport(string Id, bool PortabilityOnly) : Effect(Id);

/// <summary>Art 19: tell every recipient of the data about the rectification, erasure or restriction.</summary>
public sealed record NotifyRecipients(string Id, SourceAction Action) : Effect(Id);

/// <summary>Art 21(3): keep a hashed minimal identifier so the person is never added to marketing again.</summary>
public sealed record AddToSuppressionList(string Id) : Effect(Id);

/// <summary>Delete the export blob once its link has expired or the request was closed without delivery.</summary>
public sealed record DeleteExport(string Id, string BlobName) : Effect(Id);

/// <summary>Delete the request record and its evidence after the retention period.</summary>
public sealed record PurgeRecord(string Id) : Effect(Id);

/// <summary>
/// Count the request in the repeat index (Art 12(5)) under the data subject's address, now that it
/// is known to be theirs. Written only here, never at intake: otherwise anyone could make a person
/// look like a repeat requester by sending unverified requests in their name. <paramref name="ReceivedAt"/>
/// places it in the repeat window; the index keys the row by the request, so a re-run writes the same row.
/// </summary>
public sealed record RecordVerifiedRequest(string Id, RequestType Type, DateTimeOffset ReceivedAt) : Effect(Id);
