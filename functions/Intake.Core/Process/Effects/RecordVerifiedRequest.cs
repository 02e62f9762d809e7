using Intake.Core.Requests;

namespace Intake.Core.Process.Effects;

/// <summary>
/// Count the request in the repeat index (Art 12(5)) under the data subject's address, now that it
/// is known to be theirs. Written only here, never at intake: otherwise anyone could make a person
/// look like a repeat requester by sending unverified requests in their name. <paramref name="ReceivedAt"/>
/// places it in the repeat window; the index keys the row by the request, so a re-run writes the same row.
/// </summary>
public sealed record RecordVerifiedRequest(string Id, RequestType Type, DateTimeOffset ReceivedAt) : Effect(Id);
