namespace Intake.Core.DataMaps;

/// <summary>
/// What a source supports and how. A null member means the action is not supported there, and the
/// receipt says so instead of pretending it was done.
/// </summary>
/// <param name="Export">Whether rows can be handed over (Art 15, Art 20).</param>
/// <param name="Erase">How rows are erased (Art 17).</param>
/// <param name="RectifiableColumns">Columns a stated wrong value may be corrected in (Art 16).</param>
/// <param name="Restrict">What marks a row restricted (Art 18); also used for rows kept by a retention rule.</param>
/// <param name="Suppress">What stops direct marketing and profiling for it (Art 21(3)).</param>
/// <param name="WithdrawConsent">What stops processing that rests on consent (Art 7(3)).</param>
public sealed record SourceActions(
    bool Export,
    ErasurePlan? Erase,
    IReadOnlyList<string>? RectifiableColumns,
    ColumnAssignment? Restrict,
    ColumnAssignment? Suppress,
    ColumnAssignment? WithdrawConsent);
