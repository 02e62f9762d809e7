using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Events;
using Intake.Core.Tests.Process;

namespace Intake.Core.Tests.Orchestration;

/// <summary>
/// A request lives for months; its history is cut after a fixed number of waits by continuing as
/// new with the state alone, and the next run carries on as if nothing happened.
/// </summary>
public sealed class ContinueAsNewTests
{
    [Fact]
    public async Task The_run_continues_as_new_after_the_configured_number_of_waits_and_carries_its_state()
    {
        var engine = TwentyFiveResendsThenVerification();

        var first = engine.Start(Scenario.Start(policy: Given.NoApproval));

        Assert.True(first.IsCompletedSuccessfully);
        Assert.Equal(RequestOrchestration.CyclesBeforeContinueAsNew, engine.Waits.Count);
        var carried = Assert.IsType<RequestOrchestrationInput>(engine.CarriedOver);
        Assert.Null(carried.Submit);
        Assert.Same(engine.LastPublishedState, carried.State);
        Assert.Same(await first, carried.State);
        Assert.Equal(Given.NoApproval.MaxVerificationLinks, carried.State.VerificationLinksSent);
    }

    [Fact]
    public void The_next_run_resumes_from_the_carried_state_and_publishes_nothing_twice()
    {
        var engine = TwentyFiveResendsThenVerification();
        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));
        var carried = engine.CarriedOver!;
        var publishedInFirstRun = engine.Publications.Count;

        var second = engine.Start(carried);

        Assert.False(second.IsCompleted);
        Assert.Empty(engine.Publications[publishedInFirstRun].Events);
        Assert.Equal(RequestTimers.NextWake(carried.State), engine.Waits[RequestOrchestration.CyclesBeforeContinueAsNew].WakeAt);
        Assert.Equal(Stage.Delivered, engine.LastPublishedState.Stage);
        Assert.Equal(engine.LastPublishedState.Version, engine.PublishedEvents.Count());
        Assert.Equal(Scenario.Hours(1), Assert.Single(engine.PublishedEvents.OfType<IdentityVerified>()).At);
        Assert.Equal(4, engine.PublishedEvents.OfType<VerificationLinkSent>().Count(e => e.Actor == Actor.Person));
    }

    [Fact]
    public void A_command_that_arrives_between_two_runs_is_handed_to_the_next_run()
    {
        var engine = TwentyFiveResendsThenVerification();
        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));
        engine.Raise(new WithdrawRequest(Scenario.Hours(0.5), Actor.Person));

        _ = engine.Start(engine.CarriedOver!);

        Assert.Equal(WaitEnd.Buffered, engine.Waits[RequestOrchestration.CyclesBeforeContinueAsNew].End);
        Assert.Equal(Scenario.Hours(0.5), Assert.Single(engine.PublishedEvents.OfType<RequestWithdrawn>()).At);
        Assert.Equal(Stage.Withdrawn, engine.LastPublishedState.Stage);
    }

    /// <summary>25 waits' worth of resend clicks (four accepted, the rest over the limit), then the link is followed.</summary>
    private static ScriptedEngine TwentyFiveResendsThenVerification() => new ScriptedEngine(Given.Received)
        .Schedule(Enumerable.Range(1, 25).Select(minute => (RequestCommand)new ResendVerification(Given.Received.AddMinutes(minute), Actor.Person)).ToArray())
        .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person))
        .RunUntil(Scenario.Days(1));
}
