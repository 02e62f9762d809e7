namespace Intake.Core.Sources;

/// <summary>
/// One source's answer to one action: what it found, did and kept, and why. Receipts for an
/// erasure are the proof of erasure kept in the evidence store. Rows themselves never travel in a
/// receipt: they are written to the evidence store, so a receipt stays small enough to be an event.
/// </summary>
/// <param name="RowsFound">Rows that matched the person.</param>
/// <param name="RowsAffected">Rows exported, erased, rectified, restricted or suppressed.</param>
/// <param name="EvidenceBlob">Where the rows or proof were written, if anywhere.</param>
public sealed record SourceReceipt(
    string SourceId,
    SourceAction Action,
    SourceOutcome Outcome,
    int RowsFound,
    int RowsAffected,
    IReadOnlyList<KeptData> Kept,
    string? Note,
    string? EvidenceBlob,
    DateTimeOffset CompletedAt);
