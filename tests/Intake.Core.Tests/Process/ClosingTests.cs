using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Process;

public sealed class ClosingTests
{
    [Theory]
    [InlineData(RefusalGround.ManifestlyUnfounded)]
    [InlineData(RefusalGround.ManifestlyExcessive)]
    [InlineData(RefusalGround.IdentityNotEstablished)]
    [InlineData(RefusalGround.ErasureException)]
    [InlineData(RefusalGround.CompellingLegitimateGrounds)]
    [InlineData(RefusalGround.RightsOfOthers)]
    [InlineData(RefusalGround.MandateNotShown)]
    public void Refusal_at_review_closes_the_request_with_a_letter(RefusalGround ground)
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new RefuseRequest(Given.Received.AddDays(1), Given.StaffMember, ground, "Third identical request this month")).ShouldBeAccepted();
        Assert.Equal(Stage.Refused, given.State.Stage);
        Assert.Equal(ground, given.State.RefusalGround);
        var letter = Assert.Single(given.LastEffects<SendMail>());
        Assert.Equal(MailKind.Refusal, letter.Kind);
        Assert.Equal(Given.Received.AddDays(1).AddYears(3), given.State.PurgeAt);
        Assert.Equal(given.State.PurgeAt, RequestTimers.NextWake(given.State));
    }

    [Fact]
    public void Refusing_an_unverified_request_is_possible_when_identity_cannot_be_established()
    {
        var given = Given.Submitted();
        given.When(new RefuseRequest(Given.Received.AddDays(1), Given.StaffMember, RefusalGround.IdentityNotEstablished, null)).ShouldBeAccepted();
    }

    [Fact]
    public void Refusal_of_an_export_awaiting_release_deletes_the_export()
    {
        var given = Given.Submitted(policy: Given.NoApproval with { RequireExportRelease = true }).Verified().AllSourcesAnswer();
        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export));
        given.When(new RefuseRequest(Given.Received.AddHours(5), Given.StaffMember, RefusalGround.RightsOfOthers, null)).ShouldBeAccepted();
        Assert.Single(given.LastEffects<DeleteExport>());
    }

    [Fact]
    public void Withdrawal_by_the_person_closes_the_request_and_confirms_it()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new WithdrawRequest(Given.Received.AddDays(1), Actor.Person)).ShouldBeAccepted();
        Assert.Equal(Stage.Withdrawn, given.State.Stage);
        Assert.Equal(["Person:WithdrawalConfirmed"], given.LastMails());
        given.When(new ApproveReview(Given.Received.AddDays(2), Given.StaffMember, null)).ShouldBeRejected(RejectionCode.AlreadyDecided);
        given.When(new WithdrawRequest(Given.Received.AddDays(2), Actor.Person)).ShouldBeRejected(RejectionCode.Closed);
    }

    [Fact]
    public void A_delivered_answer_cannot_be_withdrawn_or_refused()
    {
        var given = Given.Submitted().Verified().AllSourcesAnswer();
        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export));
        given.When(new WithdrawRequest(Given.Received.AddDays(1), Actor.Person)).ShouldBeRejected(RejectionCode.NotInThisStage);
        given.When(new RefuseRequest(Given.Received.AddDays(1), Given.StaffMember, RefusalGround.ManifestlyUnfounded, null)).ShouldBeRejected(RejectionCode.AlreadyDecided);
    }

    [Fact]
    public void Source_results_arriving_after_withdrawal_are_rejected_harmlessly()
    {
        var given = Given.Submitted(RequestType.Erasure).Verified();
        given.When(new WithdrawRequest(Given.Received.AddDays(1), Actor.Person)).ShouldBeAccepted();
        given.When(new RecordSourceReceipt(Given.Received.AddDays(1), Actor.System, Given.Receipt("crm", Intake.Core.Sources.SourceAction.Erase)))
            .ShouldBeRejected(RejectionCode.Closed);
    }

    [Fact]
    public void Parked_effect_puts_the_request_in_error_and_a_staff_retry_reissues_it_with_a_new_id()
    {
        var given = Given.Submitted(RequestType.Access).Verified();
        var run = given.LastEffects<RunSource>().First();
        given.When(new ParkEffect(Given.Received.AddHours(2), Actor.System, run, "Timeout talking to CRM")).ShouldBeAccepted();
        Assert.Equal(Stage.Error, given.State.Stage);
        var mail = Assert.Single(given.LastEffects<SendMail>());
        Assert.Equal(MailKind.ProcessError, mail.Kind);
        Assert.Equal([LinkNames.Retry], mail.Facts.Links);

        given.When(new ParkEffect(Given.Received.AddHours(2), Actor.System, run, "again")).ShouldBeRejected(RejectionCode.AlreadyDecided);
        given.When(new RetryParkedEffect(Given.Received.AddHours(3), Given.StaffMember)).ShouldBeAccepted();
        Assert.Equal(Stage.InProgress, given.State.Stage);
        var again = Assert.Single(given.LastEffects<RunSource>());
        Assert.Equal(run.SourceId, again.SourceId);
        Assert.NotEqual(run.Id, again.Id);
        given.When(new RetryParkedEffect(Given.Received.AddHours(3), Given.StaffMember)).ShouldBeRejected(RejectionCode.AlreadyDecided);
    }
}
