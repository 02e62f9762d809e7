using Intake.Core.Sources;

namespace Intake.Core.Tests.Sources;

public sealed class ReceiptOutcomeTests
{
    [Theory]
    [InlineData(SourceAction.Export, 0, 0, SourceOutcome.NotFound)]
    [InlineData(SourceAction.Export, 3, 0, SourceOutcome.Exported)]
    [InlineData(SourceAction.Erase, 3, 0, SourceOutcome.Applied)]
    [InlineData(SourceAction.Erase, 3, 2, SourceOutcome.PartlyKept)]
    [InlineData(SourceAction.Erase, 3, 3, SourceOutcome.Kept)]
    [InlineData(SourceAction.Erase, 0, 0, SourceOutcome.NotFound)]
    [InlineData(SourceAction.Restrict, 1, 0, SourceOutcome.Applied)]
    public void Outcome_follows_what_was_found_and_kept(SourceAction action, int found, int kept, SourceOutcome expected) =>
        Assert.Equal(expected, ReceiptOutcome.For(action, found, kept));
}
