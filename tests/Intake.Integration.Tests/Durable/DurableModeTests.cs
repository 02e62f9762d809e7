using Intake.Azure.Durable;
using Intake.Azure.Engine;
using Intake.Core.Audit;
using Intake.Core.Gateway;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Sources;
using Intake.Testing;
using Moq;

namespace Intake.Integration.Tests.Durable;

/// <summary>
/// Durable mode end to end without the Functions host: the real gateway, adapter, loop and
/// activities, on an in-memory engine, with the read model, audit chain and links in Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableModeTests(AzuriteFixture azurite)
{
    private readonly List<Effect> executed = [];

    [Fact]
    public async Task A_request_goes_from_submission_to_delivery_through_links_and_a_fan_out()
    {
        var (engine, gateway, store) = await StartAsync();
        var submit = Sample.Submit(Sample.NewId());

        Assert.Equal(GatewayOutcome.Queued, (await gateway.SubmitAsync(submit)).Outcome);
        Assert.Equal(Stage.AwaitingVerification, (await gateway.FindAsync(submit.Id))?.Stage);

        engine.AdvanceTo(Sample.Received.AddHours(1));
        var verify = new LinkUse("5d7e0c1b9a42");
        Assert.Equal(GatewayOutcome.Queued, (await gateway.SendAsync(submit.Id, new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person), verify)).Outcome);
        Assert.Equal(Stage.AwaitingStaffReview, (await gateway.FindAsync(submit.Id))?.Stage);
        Assert.Equal(GatewayOutcome.LinkAlreadyUsed, (await gateway.SendAsync(submit.Id, new ConfirmIdentity(Sample.Received.AddHours(2), Actor.Person), verify)).Outcome);

        engine.AdvanceTo(Sample.Received.AddHours(3));
        await gateway.SendAsync(submit.Id, new ApproveReview(Sample.Received.AddHours(3), Sample.Staff, null), new LinkUse("aa41c3e87f06"));

        var delivered = await gateway.FindAsync(submit.Id);
        Assert.Equal(Stage.Delivered, delivered?.Stage);
        Assert.Equal(["crm", "newsletter"], executed.OfType<RunSource>().Select(r => r.SourceId).Order(StringComparer.Ordinal));
        Assert.Equal(delivered!.DownloadExpiresAt!.Value.UtcDateTime, engine.PendingTimer);
        Assert.Equal("delivered", Assert.IsType<RequestStatusSummary>(engine.CustomStatus).Stage);
        await AssertAuditMatchesAsync(store, delivered);
    }

    [Fact]
    public async Task A_durable_timer_moves_the_request_on_when_its_time_comes()
    {
        var (engine, gateway, store) = await StartAsync();
        var submit = Sample.Submit(Sample.NewId(), Sample.NoApproval);
        await gateway.SubmitAsync(submit);
        engine.AdvanceTo(Sample.Received.AddHours(1));
        await gateway.SendAsync(submit.Id, new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person));
        var expiresAt = (await gateway.FindAsync(submit.Id))!.DownloadExpiresAt!.Value;

        engine.FireTimer();

        var completed = await gateway.FindAsync(submit.Id);
        Assert.Equal(Stage.Completed, completed?.Stage);
        Assert.Equal(expiresAt.AddYears(3), completed?.PurgeAt);
        Assert.Contains(executed, e => e is DeleteExport);
        await AssertAuditMatchesAsync(store, completed!);
    }

    [Fact]
    public async Task Continuing_as_new_carries_the_request_through_text_and_the_audit_stays_whole()
    {
        var (engine, gateway, store) = await StartAsync();
        var submit = Sample.Submit(Sample.NewId(), Sample.NoApproval);
        await gateway.SubmitAsync(submit);

        for (var minute = 1; minute <= RequestOrchestration.CyclesBeforeContinueAsNew + 3; minute++)
        {
            await gateway.SendAsync(submit.Id, new ResendVerification(Sample.Received.AddMinutes(minute), Actor.Person));
        }

        engine.AdvanceTo(Sample.Received.AddHours(1));
        await gateway.SendAsync(submit.Id, new ConfirmIdentity(Sample.Received.AddHours(1), Actor.Person));

        Assert.Equal(2, engine.Executions);
        var state = await gateway.FindAsync(submit.Id);
        Assert.Equal(Stage.Delivered, state?.Stage);
        Assert.Equal(Sample.NoApproval.MaxVerificationLinks, state?.VerificationLinksSent);
        await AssertAuditMatchesAsync(store, state!);
    }

    [Fact]
    public async Task A_purged_request_ends_its_instance_and_later_commands_are_refused()
    {
        var (engine, gateway, _) = await StartAsync();
        var submit = Sample.Submit(Sample.NewId(), Sample.NoApproval);
        await gateway.SubmitAsync(submit);
        engine.FireTimer();
        engine.FireTimer();
        Assert.Equal(Stage.ClosedUnverified, (await gateway.FindAsync(submit.Id))?.Stage);

        engine.FireTimer();

        Assert.Equal(Stage.Purged, engine.Result?.Stage);
        Assert.Contains(executed, e => e is PurgeRecord);
        Assert.Equal(RejectionCode.Closed, (await gateway.SendAsync(submit.Id, new ResendVerification(Sample.Received.AddYears(4), Actor.Person))).Rejection?.Code);
    }

    private static async Task AssertAuditMatchesAsync(TableRequestStore store, RequestState state)
    {
        var trail = await store.AuditTrailAsync(state.Id);
        var verification = AuditChain.Verify(trail);
        Assert.True(verification.IsIntact, verification.ToString());
        Assert.Equal(state.Version, trail.Count);
    }

    private async Task<(InMemoryDurableEngine Engine, DurableRequestGateway Gateway, TableRequestStore Store)> StartAsync()
    {
        var store = await RequestTables.NewStoreAsync(azurite);
        InMemoryDurableEngine? engine = null;
        var executor = new Mock<IEffectExecutor>();
        executor.Setup(e => e.ExecuteAsync(It.IsAny<RequestState>(), It.IsAny<Effect>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((RequestState state, Effect effect, CancellationToken _) => Answer(state, effect, new DateTimeOffset(engine!.CurrentUtcDateTime, TimeSpan.Zero)));
        var effects = new RunEffectActivity(executor.Object);
        var publish = new PublishRequestActivity(store);
        engine = new InMemoryDurableEngine(
            new Dictionary<string, Func<string, Task<string?>>>
            {
                [DurableNames.RunEffect] = input => effects.RunAsync(input),
                [DurableNames.PublishRequest] = async input =>
                {
                    await publish.RunAsync(input);
                    return null;
                },
            },
            Sample.Received);
        return (engine, new DurableRequestGateway(engine, store, TimeProvider.System), store);
    }

    /// <summary>Outside systems that work: sources answer, the export is built, the purge deletes the record.</summary>
    private RequestCommand? Answer(RequestState state, Effect effect, DateTimeOffset now)
    {
        executed.Add(effect);
        return effect switch
        {
            RunSource run => new RecordSourceReceipt(now, Actor.Source(run.SourceId), new SourceReceipt(run.SourceId, run.Action, SourceOutcome.Exported, 2, 2, [], null, $"{state.Id}/rows/{run.SourceId}.jsonl", now)),
            AssembleExport => new RecordExport(now, Actor.System, new ExportSummary($"{state.Id}/{state.Id}.zip", 20_480, new string('b', 64), 2)),
            _ => null,
        };
    }
}
