using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Sources;

public sealed class ManualTaskConfirmationTests
{
    private static readonly RequestId Request = RequestId.FromRandomBytes([1, 1, 2, 3, 5, 8, 13, 21]);

    [Fact]
    public void Staff_confirmation_becomes_the_sources_receipt()
    {
        var confirmation = new ManualTaskConfirmation(Request, "web-analytics", SourceAction.Erase, SourceOutcome.Applied, 1, 1, [], "  Deleted with the User Deletion tool. ");
        var at = new DateTimeOffset(2026, 6, 16, 9, 0, 0, TimeSpan.Zero);

        Assert.Empty(confirmation.Problems());
        Assert.Equal(
            new SourceReceipt("web-analytics", SourceAction.Erase, SourceOutcome.Applied, 1, 1, [], "Deleted with the User Deletion tool.", "R/attachments/x.png", at),
            confirmation.ToReceipt("R/attachments/x.png", at));
    }

    [Fact]
    public void Confirmation_without_a_note_or_still_awaiting_or_kept_without_ground_is_refused()
    {
        Assert.NotEmpty(new ManualTaskConfirmation(Request, "s", SourceAction.Erase, SourceOutcome.Applied, 1, 1, [], " ").Problems());
        Assert.NotEmpty(new ManualTaskConfirmation(Request, "s", SourceAction.Erase, SourceOutcome.AwaitingStaff, 0, 0, [], "later").Problems());
        Assert.NotEmpty(new ManualTaskConfirmation(Request, "s", SourceAction.Erase, SourceOutcome.Kept, 2, 0, [], "kept").Problems());
        Assert.NotEmpty(new ManualTaskConfirmation(Request, "s", SourceAction.Erase, SourceOutcome.Applied, 1, 2, [], "more than found").Problems());
    }
}
