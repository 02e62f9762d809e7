using Intake.Core.Notifications;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Tests.Process;
using Moq;

namespace Intake.Core.Tests.Orchestration;

/// <summary>The orchestration loop walking a request through its life on a scripted engine.</summary>
public sealed class OrchestrationWalkTests
{
    [Fact]
    public void Access_request_walks_from_verification_through_approval_and_fan_out_to_delivery()
    {
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(
                new ConfirmIdentity(Scenario.Hours(1), Actor.Person),
                new ApproveReview(Scenario.Hours(2), Given.StaffMember, null))
            .RunUntil(Scenario.Days(3));

        var run = engine.Start(Scenario.Start());

        Assert.False(run.IsCompleted, "A delivered request waits for its download link to expire.");
        Assert.Equal(Stage.Delivered, engine.LastPublishedState.Stage);
        Assert.Equal(
            [
                "request-received", "verification-link-sent", "identity-verified", "staff-review-requested",
                "review-approved", "processing-started", "source-task-finished", "source-task-finished",
                "export-assembly-started", "export-assembled", "response-delivered",
            ],
            engine.PublishedEvents.Select(e => e.Name));
        Assert.Equal(
            ["send-mail", "send-mail send-mail", "run-source run-source", "assemble-export", "send-mail"],
            engine.Batches.Select(batch => string.Join(' ', batch.Select(Kind))));
        Assert.Equal([WaitEnd.Command, WaitEnd.Command, WaitEnd.StillWaiting], engine.Waits.Select(w => w.End));
        Assert.Equal(Scenario.Hours(2).AddDays(7), engine.Waits[^1].WakeAt);
    }

    [Fact]
    public void All_sources_of_one_decision_run_together_in_one_fan_out()
    {
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person), new ApproveReview(Scenario.Hours(2), Given.StaffMember, null))
            .RunUntil(Scenario.Days(1));

        _ = engine.Start(Scenario.Start(sources: [Given.Crm, Given.Marketing, Given.Payroll]));

        var fanOut = Assert.Single(engine.Batches, batch => batch.OfType<RunSource>().Any());
        Assert.Equal(["crm", "marketing", "payroll"], fanOut.OfType<RunSource>().Select(r => r.SourceId).Order(StringComparer.Ordinal));
        Assert.All(fanOut.OfType<RunSource>(), r => Assert.Equal(SourceAction.Export, r.Action));
    }

    [Fact]
    public void Effects_run_with_the_state_their_decision_produced()
    {
        var executor = new Mock<IEffectExecutor>();
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.IsAny<Effect>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((RequestCommand?)null);
        var engine = new ScriptedEngine(Given.Received) { Executor = executor.Object }
            .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person))
            .RunUntil(Scenario.Days(1));

        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));

        executor.Verify(e => e.ExecuteAsync(It.Is<RequestState>(s => s.Stage == Stage.AwaitingVerification), It.Is<Effect>(x => x is SendMail), It.IsAny<CancellationToken>()), Times.Once);
        executor.Verify(e => e.ExecuteAsync(It.Is<RequestState>(s => s.Stage == Stage.InProgress && s.VerifiedAt == Scenario.Hours(1)), It.Is<Effect>(x => x is RunSource), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public void Each_wait_asks_for_the_next_timer_of_the_state_just_published()
    {
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person), new ApproveReview(Scenario.Hours(2), Given.StaffMember, null))
            .RunUntil(Scenario.Days(60));

        _ = engine.Start(Scenario.Start());

        Assert.True(engine.Waits.Count >= 4);
        for (var i = 0; i < engine.Waits.Count; i++)
        {
            Assert.Equal(RequestTimers.NextWake(engine.Publications[i].State), engine.Waits[i].WakeAt);
        }
    }

    [Fact]
    public void A_command_raised_while_effects_run_is_handed_over_as_soon_as_the_wait_begins()
    {
        var engine = new ScriptedEngine(Given.Received).RunUntil(Scenario.Days(1));
        var world = (CooperativeWorld)engine.Executor;
        world.During = effect =>
        {
            // The person clicks the verification link before the orchestration has started to wait.
            if (effect is SendMail { Kind: MailKind.VerificationRequested })
            {
                engine.Raise(new ConfirmIdentity(Scenario.Hours(0.25), Actor.Person));
            }
        };

        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));

        Assert.Equal(WaitEnd.Buffered, engine.Waits[0].End);
        Assert.Equal(Given.Received, engine.Waits[1].Began);
        var verified = Assert.Single(engine.PublishedEvents.OfType<IdentityVerified>());
        Assert.Equal(Scenario.Hours(0.25), verified.At);
        Assert.Equal(Stage.Delivered, engine.LastPublishedState.Stage);
    }

    [Fact]
    public void A_rejected_command_changes_nothing_and_is_published_with_its_reason()
    {
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(
                new ApproveReview(Scenario.Hours(1), Given.StaffMember, null),
                new ConfirmIdentity(Scenario.Hours(2), Actor.Person))
            .RunUntil(Scenario.Days(1));

        _ = engine.Start(Scenario.Start());

        var afterApprove = engine.Publications[1];
        Assert.Empty(afterApprove.Events);
        Assert.Equal(RejectionCode.NotInThisStage, afterApprove.LastRejection?.Code);
        Assert.Equal(engine.Publications[0].State.Version, afterApprove.State.Version);
        Assert.Null(engine.Publications[2].LastRejection);
        Assert.Equal(Stage.AwaitingStaffReview, engine.Publications[2].State.Stage);
    }

    [Fact]
    public void A_submission_the_decider_refuses_is_published_with_its_reason_and_ends_the_run()
    {
        var engine = new ScriptedEngine(Given.Received);
        var start = Scenario.Start();
        var nameless = start.Submit! with { Request = start.Submit.Request with { Subject = new("", "") } };

        var run = engine.Start(start with { Submit = nameless });

        Assert.True(run.IsCompletedSuccessfully);
        var publication = Assert.Single(engine.Publications);
        Assert.Equal(RejectionCode.InvalidInput, publication.LastRejection?.Code);
        Assert.False(publication.State.Exists);
        Assert.Empty(engine.Batches);
        Assert.Empty(engine.Waits);
    }

    [Fact]
    public async Task A_purged_request_ends_the_orchestration_after_the_purge_ran()
    {
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(new HandleContact(Scenario.Hours(1), Given.StaffMember, "Called back"))
            .RunUntil(Scenario.Days(5 * 365));

        var run = engine.Start(Scenario.Start(RequestType.Contact));

        Assert.True(run.IsCompletedSuccessfully);
        Assert.Equal(Stage.Purged, (await run).Stage);
        Assert.Equal(Scenario.Hours(1).AddYears(3), engine.Waits[^1].WakeAt);
        Assert.Equal(WaitEnd.Timer, engine.Waits[^1].End);
        Assert.IsType<PurgeRecord>(Assert.Single(engine.Batches[^1]));
        Assert.IsType<RequestPurged>(engine.PublishedEvents.Last());
        Assert.Equal(Stage.Purged, engine.LastPublishedState.Stage);
        Assert.Null(engine.CarriedOver);
    }

    private static string Kind(Effect effect) => effect switch
    {
        SendMail => "send-mail",
        RunSource => "run-source",
        AssembleExport => "assemble-export",
        _ => effect.GetType().Name,
    };
}
