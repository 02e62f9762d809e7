namespace Intake.Core.Sources;

/// <summary>The outcome a store-backed source reports, from what it found, did and kept.</summary>
public static class ReceiptOutcome
{
    public static SourceOutcome For(SourceAction action, int rowsFound, int rowsKept)
    {
        if (rowsFound == 0)
        {
            return SourceOutcome.NotFound;
        }

        if (action == SourceAction.Export)
        {
            return SourceOutcome.Exported;
        }

        return rowsKept switch
        {
            0 => SourceOutcome.Applied,
            _ when rowsKept >= rowsFound => SourceOutcome.Kept,
            _ => SourceOutcome.PartlyKept,
        };
    }
}
