using System.Text.Json;
using Intake.Azure.Durable;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Serialization;
using Intake.Core.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Integration.Tests.Durable;

/// <summary>The Durable adapter of the orchestration port, against a context that records every call.</summary>
public sealed class DurableOrchestrationContextTests
{
    private static readonly DateTimeOffset WakeAt = new(2027, 3, 8, 10, 0, 0, TimeSpan.FromHours(2));

    private readonly FakeDurableContext engine = new();

    private readonly DurableOrchestrationContext adapter;

    public DurableOrchestrationContextTests() => adapter = new DurableOrchestrationContext(engine, NullLogger.Instance);

    [Fact]
    public void Now_is_the_engines_replay_safe_time_read_as_utc()
    {
        engine.CurrentUtcDateTime = new DateTime(2027, 3, 5, 8, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal(new DateTimeOffset(2027, 3, 5, 8, 0, 0, TimeSpan.Zero), adapter.Now);
        Assert.Equal(TimeSpan.Zero, adapter.Now.Offset);
    }

    [Fact]
    public async Task A_raised_command_ends_the_wait_and_cancels_its_timer()
    {
        var confirm = new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person);

        var waiting = WithoutContext.Run(() => adapter.WaitForCommandAsync(WakeAt));
        var wait = Assert.Single(engine.EventWaits);
        var timer = Assert.Single(engine.Timers);
        Assert.Equal(DurableNames.CommandEvent, wait.Name);
        Assert.Equal(new DateTime(2027, 3, 8, 8, 0, 0, DateTimeKind.Utc), timer.FireAt);
        Assert.Equal(DateTimeKind.Utc, timer.FireAt.Kind);
        wait.Raise(IntakeJson.Serialize<RequestCommand>(confirm));

        Assert.Equal(confirm, await waiting);
        Assert.True(timer.Task.IsCanceled, "A timer left running keeps the instance from continuing as new or completing.");
    }

    [Fact]
    public async Task The_timer_firing_first_ends_the_wait_without_a_command_and_abandons_the_event_wait()
    {
        var waiting = WithoutContext.Run(() => adapter.WaitForCommandAsync(WakeAt));
        Assert.Single(engine.Timers).Fire();

        Assert.Null(await waiting);
        Assert.True(Assert.Single(engine.EventWaits).Task.IsCanceled, "An abandoned event wait must not take the next command.");
    }

    [Fact]
    public async Task Without_a_wake_time_the_wait_is_for_a_command_only()
    {
        var withdraw = new WithdrawRequest(Sample.Received.AddDays(2), Actor.Person);

        var waiting = WithoutContext.Run(() => adapter.WaitForCommandAsync(null));
        Assert.Empty(engine.Timers);
        Assert.Single(engine.EventWaits).Raise(IntakeJson.Serialize<RequestCommand>(withdraw));

        Assert.Equal(withdraw, await waiting);
    }

    [Theory]
    [InlineData("{\"$command\":\"no-such-command\"}")]
    [InlineData("null")]
    [InlineData("not json at all")]
    public async Task An_unreadable_event_is_dropped_and_the_wait_goes_on_until_the_same_wake_time(string payload)
    {
        var resend = new ResendVerification(Sample.Received.AddHours(3), Actor.Person);

        var waiting = WithoutContext.Run(() => adapter.WaitForCommandAsync(WakeAt));
        engine.EventWaits[0].Raise(payload);

        Assert.False(waiting.IsCompleted);
        Assert.Equal(2, engine.EventWaits.Count);
        Assert.Equal([engine.Timers[0].FireAt, engine.Timers[0].FireAt], engine.Timers.Select(t => t.FireAt));
        Assert.True(engine.Timers[0].Task.IsCanceled);
        engine.EventWaits[1].Raise(IntakeJson.Serialize<RequestCommand>(resend));
        Assert.Equal(resend, await waiting);
    }

    [Fact]
    public async Task Every_effect_is_scheduled_before_any_finishes_and_outcomes_keep_the_effects_order()
    {
        var state = Sample.Opened(Sample.Submit(Sample.NewId()));
        Effect[] effects =
        [
            new RunSource($"{state.Id}.00005.run-source.crm", "crm", SourceAction.Export),
            new RunSource($"{state.Id}.00005.run-source.newsletter", "newsletter", SourceAction.Export),
        ];
        var receipt = new RecordSourceReceipt(Sample.Received.AddHours(2), Actor.Source("newsletter"), new SourceReceipt("newsletter", SourceAction.Export, SourceOutcome.NotFound, 0, 0, [], null, null, Sample.Received.AddHours(2)));

        var running = WithoutContext.Run(() => adapter.RunEffectsAsync(state, effects));

        Assert.Equal([DurableNames.RunEffect, DurableNames.RunEffect], engine.Activities.Select(a => a.Name));
        Assert.All(engine.Activities, a => Assert.Same(ActivityRetry.Effects, a.Retry));
        var inputs = engine.Activities.Select(a => IntakeJson.Deserialize<EffectWork>(a.Input)).ToList();
        Assert.Equal(effects, inputs.Select(w => w.Effect));
        Assert.All(inputs, w => Assert.Equal((state.Id, state.Version, state.Stage), (w.State.Id, w.State.Version, w.State.Stage)));

        engine.Activities[1].Complete(IntakeJson.Serialize<RequestCommand>(receipt));
        Assert.False(running.IsCompleted);
        engine.Activities[0].Complete(null);
        var outcomes = await running;

        Assert.Equal(effects, outcomes.Select(o => o.Effect));
        Assert.Null(outcomes[0].Result);
        Assert.Equal(IntakeJson.Serialize<RequestCommand>(receipt), IntakeJson.Serialize(outcomes[1].Result));
        Assert.All(outcomes, o => Assert.Null(o.Failure));
    }

    [Fact]
    public async Task An_effect_that_failed_every_try_becomes_a_failed_outcome_naming_the_error()
    {
        var state = Sample.Opened(Sample.Submit(Sample.NewId()));
        var effect = new RunSource($"{state.Id}.00005.run-source.crm", "crm", SourceAction.Export);

        var running = WithoutContext.Run(() => adapter.RunEffectsAsync(state, [effect]));
        Assert.Single(engine.Activities).Fail("System.Net.Http.HttpRequestException", "Connection refused (crm.internal:443)");
        var outcome = Assert.Single(await running);

        Assert.Equal(effect, outcome.Effect);
        Assert.Null(outcome.Result);
        Assert.Equal("HttpRequestException: Connection refused (crm.internal:443)", outcome.Failure);
    }

    [Fact]
    public async Task Publishing_shows_a_status_without_personal_data_and_hands_the_new_events_to_the_activity()
    {
        var submit = Sample.Submit(Sample.NewId());
        var opened = RequestDecider.Decide(RequestState.Initial, submit);
        var state = RequestDecider.Apply(RequestState.Initial, opened);

        var publishing = WithoutContext.Run(() => adapter.PublishAsync(state, opened.Events, new Rejection(RejectionCode.AlreadyDecided, "Already approved.")));
        var call = Assert.Single(engine.Activities);
        call.Complete();
        await publishing;

        Assert.Equal((DurableNames.PublishRequest, ActivityRetry.Publish), (call.Name, call.Retry));
        var work = IntakeJson.Deserialize<PublishWork>(call.Input);
        Assert.Equal(IntakeJson.Serialize(opened.Events), IntakeJson.Serialize(work.NewEvents));
        Assert.Equal(state.Version, work.State.Version);
        var status = Assert.IsType<RequestStatusSummary>(Assert.Single(engine.Statuses));
        Assert.Equal(new RequestStatusSummary("awaiting-verification", 2, new DateOnly(2027, 4, 5), "already-decided"), status);
        var shown = JsonSerializer.Serialize(status);
        Assert.DoesNotContain("Aino", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("example.fi", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publication_that_keeps_failing_is_tried_again_after_a_pause_until_it_succeeds()
    {
        var state = Sample.Opened(Sample.Submit(Sample.NewId()));

        var publishing = WithoutContext.Run(() => adapter.PublishAsync(state, [], null));
        engine.Activities[0].Fail("Azure.RequestFailedException", "Service unavailable");
        var pause = Assert.Single(engine.Timers);
        Assert.Equal(engine.CurrentUtcDateTime + DurableOrchestrationContext.PublishPause, pause.FireAt);
        Assert.Single(engine.Activities);
        pause.Fire();
        Assert.Equal(2, engine.Activities.Count);
        Assert.Equal(engine.Activities[0].Input, engine.Activities[1].Input);
        engine.Activities[1].Complete();

        await publishing;
        Assert.True(publishing.IsCompletedSuccessfully);
    }

    [Fact]
    public void Continue_as_new_carries_the_state_as_intake_json()
    {
        var state = Sample.Opened(Sample.Submit(Sample.NewId()));

        adapter.ContinueAsNew(new RequestOrchestrationInput(state, null));

        var carried = IntakeJson.Deserialize<RequestOrchestrationInput>(engine.ContinuedWith!);
        Assert.Null(carried.Submit);
        Assert.Equal((state.Id, state.Version, state.Stage, state.VerificationExpiresAt), (carried.State.Id, carried.State.Version, carried.State.Stage, carried.State.VerificationExpiresAt));
        Assert.Equal(RequestTimers.NextWake(state), RequestTimers.NextWake(carried.State));
    }

    [Fact]
    public void The_opening_input_survives_the_trip_as_intake_json()
    {
        var submit = Sample.Submit(Sample.NewId());

        var read = IntakeJson.Deserialize<RequestOrchestrationInput>(IntakeJson.Serialize(RequestOrchestrationInput.Start(submit)));

        Assert.Equal(submit.Request, read.Submit!.Request);
        Assert.Equal(submit.Sources.Select(s => s.Id), read.Submit.Sources.Select(s => s.Id));
        Assert.Equal(RequestDecider.Decide(RequestState.Initial, submit).Events.Count, RequestDecider.Decide(read.State, read.Submit).Events.Count);
        Assert.IsType<RequestReceived>(RequestDecider.Decide(read.State, read.Submit).Events[0]);
    }
}
