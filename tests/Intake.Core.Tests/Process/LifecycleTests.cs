using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Process;

public sealed class LifecycleTests
{
    [Fact]
    public void Access_request_walks_from_receipt_through_verification_sources_and_export_to_completion()
    {
        var given = Given.Submitted(RequestType.Access, policy: Intake.Core.Process.ProcessPolicy.Default);
        Assert.Equal(Stage.AwaitingVerification, given.State.Stage);
        Assert.Equal(["Person:VerificationRequested"], given.LastMails());

        given.Verified();
        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
        Assert.Contains("Staff:StaffReviewRequested", given.LastMails());
        Assert.Contains("Person:RequestAcknowledged", given.LastMails());

        given.Approved();
        Assert.Equal(Stage.InProgress, given.State.Stage);
        Assert.Equal(["crm", "marketing"], given.LastEffects<RunSource>().Select(r => r.SourceId).Order());
        Assert.All(given.LastEffects<RunSource>(), r => Assert.Equal(SourceAction.Export, r.Action));

        given.AllSourcesAnswer();
        Assert.Equal(Stage.Assembling, given.State.Stage);
        var assemble = Assert.Single(given.LastEffects<AssembleExport>());
        Assert.False(assemble.PortabilityOnly);

        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export)).ShouldBeAccepted();
        Assert.Equal(Stage.Delivered, given.State.Stage);
        Assert.Equal(["Person:ResponseReady"], given.LastMails());
        Assert.Equal(Given.Received.AddHours(4).AddDays(7), given.State.DownloadExpiresAt);

        given.When(new RecordDownload(Given.Received.AddDays(1), Actor.Person)).ShouldBeAccepted();
        Assert.Equal(1, given.State.Downloads);

        given.Tick(Given.Received.AddHours(4).AddDays(7));
        Assert.Equal(Stage.Completed, given.State.Stage);
        var delete = Assert.Single(given.LastEffects<DeleteExport>());
        Assert.Equal(Given.Export.BlobName, delete.BlobName);
        Assert.Equal(Given.Received.AddHours(4).AddDays(7).AddYears(3), given.State.PurgeAt);

        given.Tick(given.State.PurgeAt!.Value);
        Assert.Equal(Stage.Purged, given.State.Stage);
        Assert.Single(given.LastEffects<PurgeRecord>());
        Assert.Equal("-", given.State.Request!.Subject.Email);
        Assert.Null(RequestTimers.NextWake(given.State));
    }

    [Fact]
    public void Portability_export_is_limited_to_the_art_20_subset()
    {
        var given = Given.Submitted(RequestType.Portability).Verified().AllSourcesAnswer();
        Assert.True(Assert.Single(given.LastEffects<AssembleExport>()).PortabilityOnly);
    }

    [Theory]
    [InlineData(RequestType.Rectification, SourceAction.Rectify, true)]
    [InlineData(RequestType.Erasure, SourceAction.Erase, true)]
    [InlineData(RequestType.Restriction, SourceAction.Restrict, true)]
    [InlineData(RequestType.ConsentWithdrawal, SourceAction.WithdrawConsent, false)]
    [InlineData(RequestType.ObjectionToDirectMarketing, SourceAction.SuppressMarketing, false)]
    public void Action_requests_run_their_action_on_supporting_sources_and_complete(RequestType type, SourceAction action, bool notifiesRecipients)
    {
        var given = Given.Submitted(type).Verified();
        Assert.Equal(Stage.InProgress, given.State.Stage);
        var runs = given.LastEffects<RunSource>().ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Equal(action, r.Action));
        Assert.Equal(
            new[] { Given.Crm, Given.Marketing }.Where(s => s.Supports.Contains(action)).Select(s => s.Id).Order(),
            runs.Select(r => r.SourceId).Order());

        given.AllSourcesAnswer(SourceOutcome.Applied);
        if (notifiesRecipients)
        {
            Assert.Single(given.LastEffects<NotifyRecipients>());
            Assert.Equal(Stage.InProgress, given.State.Stage);
            given.When(new RecordRecipientsNotified(Given.Received.AddHours(5), Actor.System, ["Marketing agency"])).ShouldBeAccepted();
            Assert.Equal(["Marketing agency"], given.State.RecipientsNotified.ToArray());
        }

        Assert.Equal(Stage.Completed, given.State.Stage);
        Assert.Contains("Person:ActionCompleted", given.LastMails());
    }

    [Fact]
    public void Direct_marketing_objection_adds_the_person_to_the_suppression_list_at_once()
    {
        var given = Given.Submitted(RequestType.ObjectionToDirectMarketing).Verified();
        Assert.Single(given.LastEffects<AddToSuppressionList>());
    }

    [Fact]
    public void Objection_on_particular_grounds_always_waits_for_staff_then_restricts()
    {
        var given = Given.Submitted(RequestType.ObjectionOnParticularGrounds).Verified();
        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
        Assert.Contains(ReviewReason.ParticularGrounds, given.State.ReviewReasons);

        given.Approved();
        Assert.All(given.LastEffects<RunSource>(), r => Assert.Equal(SourceAction.Restrict, r.Action));
    }

    [Fact]
    public void Contact_message_has_no_clock_and_no_verification_and_is_handled_by_staff()
    {
        var given = Given.Submitted(RequestType.Contact);
        Assert.Equal(Stage.AwaitingStaffReview, given.State.Stage);
        Assert.Null(given.State.Deadline);
        Assert.Equal(["Person:ContactReceived", "Staff:ContactForStaff"], given.LastMails());
        Assert.Null(RequestTimers.NextWake(given.State));

        given.When(new HandleContact(Given.Received.AddHours(1), Given.StaffMember, "Called back")).ShouldBeAccepted();
        Assert.Equal(Stage.Completed, given.State.Stage);
    }

    [Fact]
    public void A_handled_contact_message_is_purged_after_the_contact_retention_not_kept_for_years_as_evidence()
    {
        var policy = ProcessPolicy.Default with { HandledContactRetention = TimeSpan.FromDays(30) };
        var given = Given.Submitted(RequestType.Contact, policy);
        var handledAt = Given.Received.AddHours(1);

        given.When(new HandleContact(handledAt, Given.StaffMember, null)).ShouldBeAccepted();

        Assert.Equal(handledAt.AddDays(30), given.State.PurgeAt);
        Assert.Equal(handledAt.AddDays(30), RequestTimers.NextWake(given.State));
    }

    [Fact]
    public void A_request_with_no_source_supporting_its_action_completes_after_approval()
    {
        var given = Given.Submitted(RequestType.Rectification, sources: [Given.Marketing]).Verified();
        Assert.Empty(given.LastEffects<RunSource>());
        Assert.Equal(Stage.InProgress, given.State.Stage);
        Assert.Single(given.LastEffects<NotifyRecipients>());
    }

    [Fact]
    public void Export_release_policy_holds_the_export_until_staff_release_it()
    {
        var policy = Given.NoApproval with { RequireExportRelease = true };
        var given = Given.Submitted(RequestType.Access, policy).Verified().AllSourcesAnswer();
        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export)).ShouldBeAccepted();
        Assert.Equal(Stage.AwaitingRelease, given.State.Stage);
        Assert.Equal(["Staff:ExportReleaseRequested"], given.LastMails());

        given.When(new ReleaseExport(Given.Received.AddHours(5), Given.StaffMember)).ShouldBeAccepted();
        Assert.Equal(Stage.Delivered, given.State.Stage);
        given.When(new ReleaseExport(Given.Received.AddHours(5), Given.StaffMember)).ShouldBeRejected(RejectionCode.AlreadyDecided);
    }

    [Fact]
    public void Download_after_the_link_expired_is_refused()
    {
        var given = Given.Submitted().Verified().AllSourcesAnswer();
        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export));
        given.When(new RecordDownload(Given.Received.AddHours(4).AddDays(7), Actor.Person)).ShouldBeRejected(RejectionCode.Closed);
    }

    [Fact]
    public void Version_counts_every_event_and_replaying_the_events_rebuilds_the_same_state()
    {
        var given = Given.Submitted().Verified().AllSourcesAnswer();
        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export));
        Assert.Equal(given.AllEvents.Count, given.State.Version);
        var replayed = RequestEvolver.Replay(given.AllEvents);
        Assert.Equal(given.State.Stage, replayed.Stage);
        Assert.Equal(given.State.Version, replayed.Version);
        Assert.Equal(given.State.Export, replayed.Export);
    }

    [Fact]
    public void Effect_ids_are_unique_and_the_same_on_every_run()
    {
        static IEnumerable<string> Run()
        {
            var given = Given.Submitted(policy: Intake.Core.Process.ProcessPolicy.Default).Verified().Approved().AllSourcesAnswer();
            given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export));
            return given.AllEffects.Select(e => e.Id);
        }

        var first = Run().ToList();
        Assert.Equal(first, Run());
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.All(first, id => Assert.DoesNotMatch("[/\\\\#? ]", id));
    }

    [Fact]
    public void Commands_on_a_missing_request_are_rejected_as_not_found()
    {
        var decision = RequestDecider.Decide(RequestState.Initial, new ConfirmIdentity(Given.Received, Actor.Person));
        Assert.Equal(RejectionCode.NotFound, decision.Rejection!.Code);
    }

    [Fact]
    public void Submitting_twice_is_rejected()
    {
        var given = Given.Submitted();
        given.When(new SubmitRequest(Given.Received, Actor.Person, Given.Id, Given.Request(), Given.NoApproval, Given.Finland, [], 0))
            .ShouldBeRejected(RejectionCode.AlreadyExists);
    }
}
