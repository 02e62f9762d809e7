using FsCheck;
using FsCheck.Xunit;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Process;

/// <summary>
/// Only what the person proved finds their data: the verified address, and a typed customer
/// number or phone only once staff confirm it. An agent acts with a checked mandate, and the
/// person the data is about is told first.
/// </summary>
public sealed class IdentityTests
{
    private static readonly PlannedSource CrmByNumber = Given.Crm with { FindsBy = [IdentifierKind.CustomerNumber, IdentifierKind.Phone] };

    private static readonly DataSubject WithNumber = Given.Maija with { CustomerNumber = "C-1001", Phone = "+358 40 123 4567" };

    private static readonly Agent Lawyer = new("Asianajotoimisto Oy", "lawyer@example.com", "R-0000/attachments/mandate/mandate.pdf");

    [Fact]
    public void Typed_customer_number_is_not_a_key_until_staff_confirm_it()
    {
        var given = Given.Submitted(sources: [CrmByNumber], subject: WithNumber).Verified();

        var keys = PersonKeys.Proved(given.State);

        Assert.Equal(new PersonKeys("maija@example.com", null, null), keys);
    }

    [Fact]
    public void Typed_identifier_a_source_could_use_sends_the_request_to_staff_even_without_policy_approval()
    {
        var given = Given.Submitted(sources: [CrmByNumber], subject: WithNumber).Verified();

        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
        Assert.Equal([ReviewReason.UnverifiedIdentifiers], given.State.ReviewReasons.ToArray());
    }

    [Fact]
    public void Typed_identifier_no_source_looks_up_needs_no_review()
    {
        var given = Given.Submitted(sources: [Given.Crm], subject: WithNumber).Verified();

        Assert.Equal(Stage.InProgress, given.State.Stage);
        Assert.Equal(new PersonKeys("maija@example.com", null, null), PersonKeys.Proved(given.State));
    }

    [Fact]
    public void Approval_without_confirming_leaves_the_identifier_unused()
    {
        var given = Given.Submitted(sources: [CrmByNumber], subject: WithNumber).Verified().Approved();

        Assert.Equal(Stage.InProgress, given.State.Stage);
        Assert.Empty(given.State.ConfirmedIdentifiers);
        Assert.Equal(new PersonKeys("maija@example.com", null, null), PersonKeys.Proved(given.State));
    }

    [Fact]
    public void Staff_confirming_the_customer_number_makes_it_a_key_and_the_phone_stays_unused()
    {
        var given = Given.Submitted(sources: [CrmByNumber], subject: WithNumber).Verified();

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, [IdentifierKind.CustomerNumber])).ShouldBeAccepted();

        Assert.Equal(new PersonKeys("maija@example.com", "C-1001", null), PersonKeys.Proved(given.State));
        var approved = Assert.Single(given.AllEvents.OfType<ReviewApproved>());
        Assert.Equal([IdentifierKind.CustomerNumber], approved.ConfirmedIdentifiers);
    }

    [Fact]
    public void Staff_cannot_confirm_an_identifier_the_person_never_stated()
    {
        var given = Given.Submitted(sources: [CrmByNumber], subject: Given.Maija with { CustomerNumber = "C-1001" }).Verified();

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, [IdentifierKind.Phone])).ShouldBeRejected(RejectionCode.InvalidInput);
    }

    [Fact]
    public void Agent_without_a_mandate_on_file_is_refused_on_every_channel()
    {
        foreach (var channel in Enum.GetValues<Channel>())
        {
            var request = Given.Request(agent: Lawyer with { MandateDocument = null }) with { Channel = channel };
            var decision = RequestDecider.Decide(RequestState.Initial, new SubmitRequest(
                Given.Received, Actor.Person, Given.Id, request, Given.NoApproval, Given.Finland, [Given.Crm], 0));

            Assert.Equal(RejectionCode.InvalidInput, decision.Rejection?.Code);
        }
    }

    [Fact]
    public void Agent_request_cannot_be_approved_without_the_mandate_checked()
    {
        var given = Given.Submitted(agent: Lawyer).Verified();

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null)).ShouldBeRejected(RejectionCode.InvalidInput);
        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
    }

    [Fact]
    public void Approved_agent_access_tells_the_data_subject_at_their_own_address_before_any_source_runs()
    {
        var given = Given.Submitted(agent: Lawyer).Verified();
        var approvedAt = Given.Received.AddHours(2);

        given.When(new ApproveReview(approvedAt, Given.StaffMember, null, MandateChecked: true)).ShouldBeAccepted();

        Assert.Equal(Stage.SubjectNoticePeriod, given.State.Stage);
        Assert.Empty(given.LastEffects<RunSource>());
        Assert.Equal(["DataSubject:AgentRequestNotice"], given.LastMails().ToArray());
        Assert.Equal(approvedAt + ProcessPolicy.Default.SubjectNoticePeriod, given.State.SubjectNoticeUntil);
        Assert.Equal(given.State.SubjectNoticeUntil, RequestTimers.NextWake(given.State));
    }

    [Fact]
    public void Sources_start_when_the_notice_period_ends()
    {
        var given = Given.Submitted(agent: Lawyer).Verified();
        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, MandateChecked: true)).ShouldBeAccepted();
        var proceed = given.State.SubjectNoticeUntil!.Value;

        given.Tick(proceed.AddMinutes(-1));
        Assert.Equal(Stage.SubjectNoticePeriod, given.State.Stage);

        given.Tick(proceed);
        Assert.Equal(Stage.InProgress, given.State.Stage);
        Assert.Equal(["crm", "marketing"], given.LastEffects<RunSource>().Select(run => run.SourceId).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Staff_can_refuse_during_the_notice_period_when_the_person_objects()
    {
        var given = Given.Submitted(agent: Lawyer).Verified();
        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, MandateChecked: true)).ShouldBeAccepted();

        given.When(new RefuseRequest(Given.Received.AddDays(1), Given.StaffMember, RefusalGround.IdentityNotEstablished, "The person says they gave no mandate.")).ShouldBeAccepted();

        Assert.Equal(Stage.Refused, given.State.Stage);
        given.Tick(Given.Received.AddDays(10));
        Assert.DoesNotContain(given.AllEffects, effect => effect is RunSource);
    }

    [Fact]
    public void Agent_objection_to_marketing_is_not_held_back()
    {
        var given = Given.Submitted(RequestType.ObjectionToDirectMarketing, agent: Lawyer).Verified();

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, MandateChecked: true)).ShouldBeAccepted();

        Assert.Equal(Stage.InProgress, given.State.Stage);
        Assert.DoesNotContain("DataSubject:AgentRequestNotice", given.LastMails());
    }

    [Fact]
    public void Without_a_notice_period_the_data_subject_is_still_told_and_the_sources_start()
    {
        var given = Given.Submitted(RequestType.Erasure, policy: Given.NoApproval with { SubjectNoticePeriod = TimeSpan.Zero }, agent: Lawyer).Verified();

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, MandateChecked: true)).ShouldBeAccepted();

        Assert.Equal(Stage.InProgress, given.State.Stage);
        Assert.Contains("DataSubject:AgentRequestNotice", given.LastMails());
    }

    [Fact]
    public void Review_mail_of_an_agent_request_carries_the_mandate_link()
    {
        var given = Given.Submitted(agent: Lawyer).Verified();

        var review = Assert.Single(given.LastEffects<SendMail>(), mail => mail.Kind == MailKind.StaffReviewRequested);

        Assert.Contains(LinkNames.Mandate, review.Facts.Links);
    }

    [Property]
    public void Proved_keys_never_hold_an_identifier_staff_did_not_confirm(bool confirmNumber, bool confirmPhone, NonEmptyString number, NonEmptyString phone)
    {
        var subject = Given.Maija with { CustomerNumber = number.Get.Trim().Length == 0 ? "x" : number.Get, Phone = phone.Get.Trim().Length == 0 ? "y" : phone.Get };
        var given = Given.Submitted(sources: [CrmByNumber], subject: subject).Verified();
        var confirm = new List<IdentifierKind>();
        if (confirmNumber)
        {
            confirm.Add(IdentifierKind.CustomerNumber);
        }

        if (confirmPhone)
        {
            confirm.Add(IdentifierKind.Phone);
        }

        given.When(new ApproveReview(Given.Received.AddHours(2), Given.StaffMember, null, confirm)).ShouldBeAccepted();
        var keys = PersonKeys.Proved(given.State);

        Assert.Equal(confirmNumber ? subject.CustomerNumber : null, keys.CustomerNumber);
        Assert.Equal(confirmPhone ? subject.Phone : null, keys.Phone);
        Assert.Equal(subject.Email, keys.Email);
    }
}
