using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Notifications;

namespace Intake.Core.Tests.Process;

public sealed class ReviewTests
{
    [Fact]
    public void Sensitive_sources_need_a_staff_identity_check_even_without_policy_approval()
    {
        var given = Given.Submitted(sources: [Given.Crm, Given.Payroll]).Verified();
        Assert.Equal([ReviewReason.SensitiveData], given.State.ReviewReasons.ToArray());
    }

    [Fact]
    public void Sensitive_source_that_does_not_take_part_does_not_trigger_review()
    {
        var given = Given.Submitted(RequestType.Erasure, sources: [Given.Crm, Given.Payroll]).Verified();
        Assert.Equal(Stage.InProgress, given.State.Stage);
    }

    [Fact]
    public void Agent_requests_need_the_mandate_checked()
    {
        var given = Given.Submitted(agent: new Agent("Asianajaja Oy", "agent@example.com", "mandate.pdf")).Verified();
        Assert.Equal([ReviewReason.AgentMandate], given.State.ReviewReasons.ToArray());
    }

    [Fact]
    public void Repeat_request_is_flagged_for_staff_not_refused()
    {
        var given = Given.Submitted(priorRequests: 2).Verified();
        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
        Assert.Equal([ReviewReason.RepeatRequest], given.State.ReviewReasons.ToArray());
    }

    [Fact]
    public void Uncertain_email_goes_to_triage_and_staff_must_choose_the_type()
    {
        var given = Given.Submitted(RequestType.Access, certain: false).Verified();
        Assert.Contains(ReviewReason.Triage, given.State.ReviewReasons);

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null)).ShouldBeRejected(RejectionCode.InvalidInput);
        given.Approved(RequestType.Erasure);
        Assert.Equal(RequestType.Erasure, given.State.Type);
        Assert.All(given.LastEffects<RunSource>(), r => Assert.Equal(Intake.Core.Sources.SourceAction.Erase, r.Action));
    }

    [Fact]
    public void Triage_that_finds_a_plain_question_closes_it_as_a_contact_message()
    {
        var given = Given.Submitted(RequestType.Access, certain: false).Verified().Approved(RequestType.Contact);
        Assert.Equal(Stage.Completed, given.State.Stage);
    }

    [Fact]
    public void Two_staff_approvals_racing_one_wins_the_other_is_told_it_was_decided()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        var state = given.State;
        var first = RequestDecider.Decide(state, new ApproveReview(Given.Received.AddHours(2), Actor.Staff("a"), null));
        var afterFirst = RequestDecider.Apply(state, first);
        var second = RequestDecider.Decide(afterFirst, new RefuseRequest(Given.Received.AddHours(2), Actor.Staff("b"), RefusalGround.ManifestlyExcessive, null));
        Assert.True(first.IsAccepted);
        Assert.Equal(RejectionCode.AlreadyDecided, second.Rejection!.Code);
        var approveAgain = RequestDecider.Decide(afterFirst, new ApproveReview(Given.Received.AddHours(2), Actor.Staff("b"), null));
        Assert.Equal(RejectionCode.AlreadyDecided, approveAgain.Rejection!.Code);
    }

    [Fact]
    public void Staff_ask_for_information_and_the_answer_returns_the_request_to_review()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new AskForInformation(Given.Received.AddHours(2), Given.StaffMember, "Which customer number?")).ShouldBeAccepted();
        Assert.Equal(Stage.AwaitingInformation, given.State.Stage);
        var mail = Assert.Single(given.LastEffects<SendMail>());
        Assert.Equal(MailKind.InformationRequested, mail.Kind);
        Assert.Equal("Which customer number?", mail.Facts.Question);

        given.When(new ApproveReview(Given.Received.AddHours(3), Given.StaffMember, null)).ShouldBeRejected(RejectionCode.NotInThisStage);
        given.When(new ProvideInformation(Given.Received.AddHours(4), Actor.Person, "  ")).ShouldBeRejected(RejectionCode.InvalidInput);
        given.When(new ProvideInformation(Given.Received.AddHours(4), Actor.Person, "C-1001")).ShouldBeAccepted();
        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
        Assert.Contains(ReviewReason.InformationReceived, given.State.ReviewReasons);
        Assert.Equal("C-1001", given.State.LastAnswer);
        given.Approved();
        Assert.Equal(Stage.InProgress, given.State.Stage);
    }

    [Fact]
    public void Staff_review_mail_offers_extend_only_while_an_extension_is_allowed()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        var review = given.LastEffects<SendMail>().Single(m => m.Kind == MailKind.StaffReviewRequested);
        Assert.Equal([LinkNames.Approve, LinkNames.Reject, LinkNames.Extend, LinkNames.AskForInformation], review.Facts.Links);

        var late = Given.Submitted(policy: ProcessPolicy.Default).Verified(Given.Received.AddDays(40));
        var lateReview = late.LastEffects<SendMail>().Single(m => m.Kind == MailKind.StaffReviewRequested);
        Assert.DoesNotContain(LinkNames.Extend, lateReview.Facts.Links);
    }
}
