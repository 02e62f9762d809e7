using Intake.Core.Requests;

namespace Intake.Core.Sources;

/// <summary>
/// What staff state when they confirm a manual task through its link: what they found and did,
/// what is kept and why, in their own words. It becomes the source's receipt; an uploaded file
/// (a screenshot, an export from the other system) is stored beside it as evidence.
/// </summary>
public sealed record ManualTaskConfirmation(
    RequestId Request,
    string SourceId,
    SourceAction Action,
    SourceOutcome Outcome,
    int RowsFound,
    int RowsAffected,
    IReadOnlyList<KeptData> Kept,
    string StaffNote)
{
    /// <summary>What is wrong with the confirmation, if anything; an empty list means it can be recorded.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(StaffNote))
        {
            problems.Add("A note saying what was done is required.");
        }

        if (Outcome is SourceOutcome.AwaitingStaff or SourceOutcome.AwaitingCallback)
        {
            problems.Add("The outcome must say what was done, not that it is still awaited.");
        }

        if (RowsFound < 0 || RowsAffected < 0 || RowsAffected > RowsFound)
        {
            problems.Add("Row counts must be non-negative and no more rows affected than found.");
        }

        if (Outcome is SourceOutcome.PartlyKept or SourceOutcome.Kept && Kept.Count == 0)
        {
            problems.Add("Kept data needs its legal ground.");
        }

        return problems;
    }

    public SourceReceipt ToReceipt(string? evidenceBlob, DateTimeOffset completedAt) =>
        new(SourceId, Action, Outcome, RowsFound, RowsAffected, Kept, StaffNote.Trim(), evidenceBlob, completedAt);
}
