namespace Intake.Core.Audit;

/// <summary>The result of checking a chain: intact, or the first broken link and what is wrong with it.</summary>
public sealed record AuditVerification(bool IsIntact, int EntriesChecked, int? FirstBrokenSequence, string? Problem, string? LastHash)
{
    public static AuditVerification Intact(int entries, string lastHash) => new(true, entries, null, null, lastHash);

    public static AuditVerification Broken(int entriesChecked, int sequence, string problem) => new(false, entriesChecked, sequence, problem, null);

    public override string ToString() => IsIntact
        ? $"intact: {EntriesChecked} entries"
        : $"broken at entry {FirstBrokenSequence}: {Problem}";
}
