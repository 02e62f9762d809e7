namespace Intake.Adapters.Evidence;

/// <summary>The completion record beside a rows blob: the columns in first-seen order and how many rows.</summary>
public sealed record EvidenceRowsIndex(IReadOnlyList<string> Columns, int Rows);
