using Intake.Core.Notifications;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Sources;
using Intake.Core.Tests.Process;
using Moq;

namespace Intake.Core.Tests.Orchestration;

/// <summary>Timers that fire while the orchestration waits become ticks at the timer's instant.</summary>
public sealed class OrchestrationTimerTests
{
    [Fact]
    public void Verification_link_expires_after_72_hours_and_the_unverified_request_closes_after_14_days()
    {
        var engine = new ScriptedEngine(Given.Received).RunUntil(Scenario.Days(20));

        _ = engine.Start(Scenario.Start());

        var expired = Assert.Single(engine.PublishedEvents.OfType<VerificationLinkExpired>());
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(2)), expired.At);
        var closed = Assert.Single(engine.PublishedEvents.OfType<ClosedUnverified>());
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.FromHours(2)), closed.At);
        Assert.Equal([WaitEnd.Timer, WaitEnd.Timer, WaitEnd.StillWaiting], engine.Waits.Select(w => w.End));
        Assert.Contains(engine.Batches[^1].OfType<SendMail>(), m => m.Kind == MailKind.ClosedUnverified);
        Assert.Equal(Stage.ClosedUnverified, engine.LastPublishedState.Stage);
    }

    [Fact]
    public void Staff_waiting_on_a_review_are_reminded_a_week_and_two_days_before_the_due_date_and_when_it_passes()
    {
        // Received Wednesday 25 November 2026: due Monday 28 December (Christmas holidays skipped).
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person))
            .RunUntil(new DateTimeOffset(2027, 1, 4, 12, 0, 0, TimeSpan.FromHours(2)));

        _ = engine.Start(Scenario.Start());

        Assert.Equal(
            [
                new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2026, 12, 26, 9, 0, 0, TimeSpan.FromHours(2)),
            ],
            engine.PublishedEvents.OfType<ReminderSent>().Select(r => r.At));
        var overdue = Assert.Single(engine.PublishedEvents.OfType<OverdueEscalated>());
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 0, 0, 0, TimeSpan.FromHours(2)), overdue.At);
        Assert.Equal(
            [MailKind.DueReminder, MailKind.DueReminder, MailKind.OverdueEscalation],
            engine.Batches.Skip(2).SelectMany(b => b.OfType<SendMail>()).Select(m => m.Kind));
        Assert.Null(engine.Waits[^1].WakeAt);
    }

    [Fact]
    public void A_failed_source_run_is_tried_again_when_its_retry_timer_fires()
    {
        var crmRuns = 0;
        var executor = new Mock<IEffectExecutor>();
        var engine = new ScriptedEngine(Given.Received) { Executor = executor.Object }
            .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person))
            .RunUntil(Scenario.Days(1));
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.IsAny<Effect>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((RequestState _, Effect effect, CancellationToken _) => effect switch
            {
                RunSource { SourceId: "crm" } when ++crmRuns == 1 => new RecordSourceFailure(engine.Now, Actor.System, "crm", "CRM did not answer"),
                RunSource run => new RecordSourceReceipt(engine.Now, Actor.Source(run.SourceId), Given.Receipt(run.SourceId, run.Action, SourceOutcome.Exported, engine.Now)),
                AssembleExport => new RecordExport(engine.Now, Actor.System, Given.Export),
                _ => null,
            });

        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));

        var failed = Assert.Single(engine.PublishedEvents.OfType<SourceTaskFailed>());
        Assert.Equal(Scenario.Hours(1).AddMinutes(2), failed.RetryAt);
        var retry = engine.Waits.Single(w => w.End == WaitEnd.Timer);
        Assert.Equal(failed.RetryAt, retry.WakeAt);
        var retried = Assert.Single(engine.PublishedEvents.OfType<SourceTaskRetried>());
        Assert.Equal(failed.RetryAt, retried.At);
        Assert.Equal(2, crmRuns);
        Assert.Equal(Stage.Delivered, engine.LastPublishedState.Stage);
    }
}
