using Intake.Core.DataControllers;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Process;

public sealed class SenderAuthenticationReviewTests
{
    [Theory]
    [InlineData(AuthenticationResult.Fail, AuthenticationResult.Fail)]
    [InlineData(AuthenticationResult.SoftFail, AuthenticationResult.None)]
    public void A_mail_whose_sender_fails_spf_and_dkim_goes_to_staff_even_without_policy_approval(AuthenticationResult spf, AuthenticationResult dkim)
    {
        var given = Submitted(new SenderAuthentication(spf, dkim)).Verified();

        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
        Assert.Contains(ReviewReason.UnauthenticatedSender, given.State.ReviewReasons);
    }

    [Theory]
    [InlineData(AuthenticationResult.Pass, AuthenticationResult.Fail)]
    [InlineData(AuthenticationResult.Fail, AuthenticationResult.Pass)]
    [InlineData(AuthenticationResult.Unknown, AuthenticationResult.Unknown)]
    [InlineData(AuthenticationResult.None, AuthenticationResult.None)]
    public void A_mail_that_passes_either_check_or_was_not_checked_is_not_flagged(AuthenticationResult spf, AuthenticationResult dkim)
    {
        var given = Submitted(new SenderAuthentication(spf, dkim)).Verified();

        Assert.DoesNotContain(ReviewReason.UnauthenticatedSender, RequestDecider.ReviewReasonsFor(given.State));
        Assert.Equal(new SenderAuthentication(spf, dkim), given.State.Request!.SenderAuthentication);
    }

    private static Given Submitted(SenderAuthentication checks)
    {
        var request = Given.Request() with { Channel = Channel.Email, SenderAuthentication = checks, Controller = new ControllerId("clerica") };
        return Given.FromRequest(request);
    }
}
