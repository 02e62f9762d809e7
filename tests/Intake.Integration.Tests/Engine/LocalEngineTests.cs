using Intake.Azure.Engine;
using Intake.Core.Audit;
using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Testing;

namespace Intake.Integration.Tests.Engine;

[Collection(AzuriteCollection.Name)]
public sealed class LocalEngineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_submitted_request_is_stored_with_its_audit_chain_and_its_mail_is_run_once()
    {
        var harness = await EngineHarness.CreateAsync(azurite);
        var id = EngineHarness.NewId();
        var result = await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, harness.Time.GetUtcNow()));
        Assert.Equal(GatewayOutcome.Accepted, result.Outcome);

        var stored = await harness.Store.LoadAsync(id);
        Assert.NotNull(stored);
        Assert.Equal(Stage.AwaitingVerification, stored.State.Stage);
        Assert.Equal(1, await harness.DrainAsync());
        Assert.IsType<SendMail>(Assert.Single(harness.Executor.Ran));
        Assert.Empty(await harness.Store.PendingEffectsAsync(id));

        var audit = await harness.Store.AuditTrailAsync(id);
        Assert.Equal(stored.State.Version, audit.Count);
        Assert.True(AuditChain.Verify(audit).IsIntact);
    }

    [Fact]
    public async Task A_request_runs_to_delivery_with_sources_fanned_out_and_results_recorded()
    {
        var harness = await EngineHarness.CreateAsync(azurite);
        var id = EngineHarness.NewId();
        var now = harness.Time.GetUtcNow();
        await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, now, policy: ProcessPolicy.Default with { ApprovalRequiredFor = [] }));
        await harness.Gateway.SendAsync(id, new ConfirmIdentity(now.AddMinutes(5), Actor.Person));
        await harness.DrainAsync();

        var state = (await harness.Gateway.FindAsync(id))!;
        Assert.Equal(Stage.Delivered, state.Stage);
        Assert.Equal(2, harness.Executor.Ran.OfType<RunSource>().Count());
        Assert.Single(harness.Executor.Ran.OfType<AssembleExport>());
        Assert.True(AuditChain.Verify(await harness.Store.AuditTrailAsync(id)).IsIntact);
        Assert.Empty(await harness.Store.PendingEffectsAsync(id));
    }

    [Fact]
    public async Task Two_conflicting_staff_actions_racing_one_wins_and_the_other_is_told()
    {
        var harness = await EngineHarness.CreateAsync(azurite);
        var id = EngineHarness.NewId();
        var now = harness.Time.GetUtcNow();
        await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, now));
        await harness.Gateway.SendAsync(id, new ConfirmIdentity(now.AddMinutes(5), Actor.Person));

        var approve = harness.Gateway.SendAsync(id, new ApproveReview(now.AddHours(1), Actor.Staff("a"), null), new LinkUse("approve-hash"));
        var reject = harness.Gateway.SendAsync(id, new RefuseRequest(now.AddHours(1), Actor.Staff("b"), RefusalGround.ManifestlyExcessive, null), new LinkUse("reject-hash"));
        var results = await Task.WhenAll(approve, reject);

        Assert.Single(results, r => r.Outcome == GatewayOutcome.Accepted);
        var loser = Assert.Single(results, r => r.Outcome == GatewayOutcome.Rejected);
        Assert.Equal(RejectionCode.AlreadyDecided, loser.Rejection!.Code);
        var audit = await harness.Store.AuditTrailAsync(id);
        Assert.True(AuditChain.Verify(audit).IsIntact);
        Assert.Single(audit, r => r.EventName is "review-approved" or "request-refused");
    }

    [Fact]
    public async Task A_single_use_link_acts_once_and_its_replay_is_refused()
    {
        var harness = await EngineHarness.CreateAsync(azurite);
        var id = EngineHarness.NewId();
        var now = harness.Time.GetUtcNow();
        await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, now));
        var first = await harness.Gateway.SendAsync(id, new ConfirmIdentity(now.AddMinutes(5), Actor.Person), new LinkUse("verify-hash"));
        var replay = await harness.Gateway.SendAsync(id, new ConfirmIdentity(now.AddMinutes(6), Actor.Person), new LinkUse("verify-hash"));
        Assert.Equal(GatewayOutcome.Accepted, first.Outcome);
        Assert.Equal(GatewayOutcome.LinkAlreadyUsed, replay.Outcome);
        Assert.True(await harness.Store.IsLinkSpentAsync(id, "verify-hash"));
    }

    [Fact]
    public async Task Due_timers_are_found_and_acted_on_and_not_before()
    {
        var harness = await EngineHarness.CreateAsync(azurite);
        var id = EngineHarness.NewId();
        await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, harness.Time.GetUtcNow()));
        await harness.DrainAsync();

        harness.Time.Advance(TimeSpan.FromHours(71));
        await harness.Scanner.ScanOnceAsync(100);
        Assert.False((await harness.Gateway.FindAsync(id))!.VerificationLinkExpired);

        harness.Time.Advance(TimeSpan.FromHours(2));
        await harness.Scanner.ScanOnceAsync(100);
        Assert.True((await harness.Gateway.FindAsync(id))!.VerificationLinkExpired);

        harness.Time.Advance(TimeSpan.FromDays(14));
        await harness.Scanner.ScanOnceAsync(100);
        Assert.Equal(Stage.ClosedUnverified, (await harness.Gateway.FindAsync(id))!.Stage);
    }

    [Fact]
    public async Task Effects_stranded_by_a_crash_between_commit_and_enqueue_are_queued_again()
    {
        var harness = await EngineHarness.CreateAsync(azurite);
        var id = EngineHarness.NewId();
        await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, harness.Time.GetUtcNow()));

        // The crash: the queue message never made it.
        await harness.Queue.Queue.ClearMessagesAsync();
        Assert.Single(await harness.Store.PendingEffectsAsync(id));

        harness.Time.Advance(harness.Engine.Options.RecoveryDelay);
        await harness.Scanner.ScanOnceAsync(100);
        Assert.Equal(1, await harness.DrainAsync());
        Assert.Empty(await harness.Store.PendingEffectsAsync(id));
        Assert.Single(harness.Executor.Ran);
    }

    [Fact]
    public async Task A_message_delivered_twice_runs_its_effect_once()
    {
        var harness = await EngineHarness.CreateAsync(azurite);
        var id = EngineHarness.NewId();
        await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, harness.Time.GetUtcNow()));
        var effect = Assert.Single(await harness.Store.PendingEffectsAsync(id));
        await harness.Queue.EnqueueAsync(id, effect.Effect.Id);

        await harness.DrainAsync();
        Assert.Single(harness.Executor.Ran);
    }

    [Fact]
    public async Task An_effect_failing_every_attempt_parks_the_request_for_staff()
    {
        var harness = await EngineHarness.CreateAsync(azurite, new EngineOptions { EffectAttempts = 3, RetryDelay = TimeSpan.Zero, EffectLease = TimeSpan.FromSeconds(1) });
        harness.Executor.FailWith = e => e is SendMail { Kind: Intake.Core.Notifications.MailKind.VerificationRequested } ? new InvalidOperationException("mail server said no") : null;
        var id = EngineHarness.NewId();
        await harness.Gateway.SubmitAsync(EngineHarness.Submit(id, harness.Time.GetUtcNow()));

        // The queue holds a failed item back for at least a second (it counts in seconds).
        var until = DateTime.UtcNow.AddSeconds(20);
        for (var attempts = 0; attempts < 3 && DateTime.UtcNow < until;)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(2));
            var items = await harness.Queue.ReceiveAsync(32, TimeSpan.FromSeconds(1));
            foreach (var item in items)
            {
                await harness.Worker.ProcessAsync(item, CancellationToken.None);
                attempts++;
            }

            await Task.Delay(200);
        }

        var state = (await harness.Gateway.FindAsync(id))!;
        Assert.Equal(Stage.Error, state.Stage);
        var parked = Assert.Single(state.Parked);
        Assert.Contains("mail server said no", parked.Error, StringComparison.Ordinal);
    }
}
