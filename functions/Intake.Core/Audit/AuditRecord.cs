namespace Intake.Core.Audit;

/// <summary>
/// One link of a request's audit chain: an event with who, when and why, and the SHA-256 of this
/// entry over the previous entry's hash, so removing, reordering or editing any entry shows.
/// </summary>
/// <param name="Sequence">1 for the first event of the request, then consecutive.</param>
/// <param name="Payload">The event exactly as serialized; the hash covers these characters.</param>
public sealed record AuditRecord(
    int Sequence,
    DateTimeOffset At,
    string Actor,
    string EventName,
    string? Reason,
    string Payload,
    string PreviousHash,
    string Hash);
