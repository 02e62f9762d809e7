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

/// <summary>An effect that failed on every retry parks the request for staff instead of losing it.</summary>
public sealed class EffectFailureTests
{
    [Fact]
    public void A_failing_effect_parks_the_request_and_staff_are_mailed_a_retry_link()
    {
        var executor = new Mock<IEffectExecutor>();
        var engine = new ScriptedEngine(Given.Received) { Executor = executor.Object }
            .Schedule(new ConfirmIdentity(Scenario.Hours(1), Actor.Person))
            .RunUntil(Scenario.Days(1));
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.IsAny<Effect>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((RequestState _, Effect effect, CancellationToken _) => effect is RunSource run
                ? new RecordSourceReceipt(engine.Now, Actor.Source(run.SourceId), Given.Receipt(run.SourceId, run.Action, SourceOutcome.Exported, engine.Now))
                : null);
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.Is<Effect>(x => x is RunSource && ((RunSource)x).SourceId == "crm"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("CRM answered 503"));

        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));

        var parked = Assert.Single(engine.PublishedEvents.OfType<EffectParked>());
        Assert.IsType<RunSource>(parked.Parked.Effect);
        Assert.Equal("CRM answered 503", parked.Parked.Error);
        Assert.Equal(Scenario.Hours(1), parked.At);
        Assert.Equal(Stage.Error, engine.LastPublishedState.Stage);
        Assert.Equal(Stage.InProgress, engine.LastPublishedState.StageBeforeError);
        Assert.True(engine.LastPublishedState.Tasks["marketing"].IsFinished);
        var alert = Assert.Single(engine.Batches[^1].OfType<SendMail>());
        Assert.Equal((MailKind.ProcessError, MailAudience.Staff), (alert.Kind, alert.Audience));
        Assert.Contains(LinkNames.Retry, alert.Facts.Links);
        executor.Verify(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.Is<Effect>(x => x is RunSource && ((RunSource)x).SourceId == "crm"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void A_parked_effect_runs_again_under_a_new_id_when_staff_retry()
    {
        var crmRuns = new List<string>();
        var engine = new ScriptedEngine(Given.Received)
            .Schedule(
                new ConfirmIdentity(Scenario.Hours(1), Actor.Person),
                new RetryParkedEffect(Scenario.Hours(3), Given.StaffMember))
            .RunUntil(Scenario.Days(1));
        ((CooperativeWorld)engine.Executor).During = effect =>
        {
            if (effect is RunSource { SourceId: "crm" } crm)
            {
                crmRuns.Add(crm.Id);
                if (crmRuns.Count == 1)
                {
                    throw new InvalidOperationException("CRM answered 503");
                }
            }
        };

        _ = engine.Start(Scenario.Start(policy: Given.NoApproval));

        Assert.Equal(2, crmRuns.Count);
        Assert.NotEqual(crmRuns[0], crmRuns[1]);
        Assert.Equal(Scenario.Hours(3), Assert.Single(engine.PublishedEvents.OfType<ErrorRetried>()).At);
        Assert.Equal(Stage.Delivered, engine.LastPublishedState.Stage);
    }
}
