using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Events;

namespace Intake.Core.Tests.Process;

public sealed class VerificationTests
{
    [Fact]
    public void Verification_link_expires_after_72_hours_and_the_person_may_ask_for_a_new_one()
    {
        var given = Given.Submitted();
        Assert.Equal(Given.Received.AddHours(72), RequestTimers.NextWake(given.State));

        given.Tick(Given.Received.AddHours(72));
        Assert.Single(given.LastEvents<VerificationLinkExpired>());
        Assert.Equal(Stage.AwaitingVerification, given.State.Stage);

        given.When(new ResendVerification(Given.Received.AddHours(80), Actor.Person)).ShouldBeAccepted();
        Assert.Equal(["Person:VerificationResent"], given.LastMails());
        Assert.Equal(2, given.State.VerificationLinksSent);
        Assert.False(given.State.VerificationLinkExpired);
    }

    [Fact]
    public void A_sixth_verification_link_is_refused_so_the_form_cannot_flood_a_mailbox()
    {
        var given = Given.Submitted();
        for (var i = 1; i < 5; i++)
        {
            given.When(new ResendVerification(Given.Received.AddMinutes(i), Actor.Person)).ShouldBeAccepted();
        }

        given.When(new ResendVerification(Given.Received.AddMinutes(10), Actor.Person)).ShouldBeRejected(RejectionCode.TooManyLinks);
    }

    [Fact]
    public void Unverified_request_closes_after_14_days_with_a_letter()
    {
        var given = Given.Submitted();
        given.Tick(Given.Received.AddDays(14));
        Assert.Equal(Stage.ClosedUnverified, given.State.Stage);
        Assert.Contains("Person:ClosedUnverified", given.LastMails());
        given.When(new ConfirmIdentity(Given.Received.AddDays(15), Actor.Person)).ShouldBeRejected(RejectionCode.Closed);
    }

    [Fact]
    public void Verifying_twice_is_rejected_as_already_decided()
    {
        var given = Given.Submitted(policy: Intake.Core.Process.ProcessPolicy.Default).Verified();
        given.When(new ConfirmIdentity(Given.Received.AddHours(2), Actor.Person)).ShouldBeRejected(RejectionCode.AlreadyDecided);
    }

    [Fact]
    public void Under_the_running_clock_policy_verification_does_not_move_the_due_date()
    {
        var given = Given.Submitted();
        var due = given.State.Deadline!.DueDate;
        given.Verified(Given.Received.AddDays(5));
        Assert.Equal(due, given.State.Deadline!.DueDate);
    }

    [Fact]
    public void Under_the_paused_policy_the_month_counts_from_verification()
    {
        var given = Given.Submitted(deadlines: Given.Finland with { ClockPolicy = ClockPolicy.PausedUntilVerified });
        var provisional = given.State.Deadline!.DueDate;
        given.Verified(Given.Received.AddDays(5));
        Assert.True(given.State.Deadline!.DueDate > provisional);
        Assert.Equal(ClockPolicy.PausedUntilVerified, given.State.Deadline.ClockPolicy);
    }
}
