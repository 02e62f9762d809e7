using System.Text;
using Intake.Adapters.Effects;
using Intake.Local.SampleData;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Records;
using Intake.Integration.Tests.Links;
using Intake.Local.Engine;
using Intake.Orchestration;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Integration.Tests.Orchestration;

/// <summary>
/// The request process on the real Durable Task engine in the real host, over Azurite: timers,
/// events that arrive early, foreign events, retries, parking, continue-as-new, the end of an
/// instance and the purge of its history.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RequestProcessTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Verification_link_expires_and_the_unverified_request_closes_when_their_timers_fire()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Process:VerificationLinkHours"] = "0.001",
            ["Process:CloseUnverifiedDays"] = "0.0001",
        });
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();

        var closed = await flow.WaitForStageAsync(id, Stage.ClosedUnverified, TimeSpan.FromSeconds(40));

        Assert.True(closed.VerificationLinkExpired);
        await flow.MailAsync(id, SamplePerson.Email, mail => mail.Kind == nameof(MailKind.ClosedUnverified));
        var trail = await host.Services.GetRequiredService<IRequestRecords>().AuditTrailAsync(id);
        Assert.Contains(trail, record => record.EventName == "verification-link-expired");
    }

    [Fact]
    public async Task A_command_raised_before_the_instance_waits_for_it_is_handled_in_turn()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Engine:SubmitWaitSeconds"] = "0" });
        var flow = new LinkFlow(host);

        // Raised while the first generation is still deciding and publishing: the event waits, buffered.
        var id = await flow.OpenAsync();
        var confirmed = await host.Gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));

        Assert.Equal(GatewayOutcome.Accepted, confirmed.Outcome);
        Assert.NotNull((await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview)).VerifiedAt);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("\"\"")]
    [InlineData("42")]
    [InlineData("{\"id\":\"x\",\"command\":{\"$command\":\"launch-missiles\"}}")]
    [InlineData("{\"id\":\"\",\"command\":{\"$command\":\"tick\",\"at\":\"2026-12-04T00:00:00Z\",\"actor\":\"system\"}}")]
    public async Task A_malformed_or_foreign_event_is_ignored_and_the_instance_keeps_running(string payload)
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var client = host.Services.GetRequiredService<IProcessClient>();

        await client.RaiseAsync(id.Value, ProcessNames.CommandEvent, payload);
        await client.RaiseAsync(id.Value, "something-else", "{\"hello\":1}");
        var confirmed = await host.Gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));

        Assert.Equal(GatewayOutcome.Accepted, confirmed.Outcome);
        Assert.False((await client.GetAsync(id.Value))!.HasEnded);
    }

    [Fact]
    public async Task An_effect_that_throws_is_retried_by_policy_and_acts_once()
    {
        FailingEffects? faults = null;
        await using var host = await IntakeHost.StartAsync(azurite, replace: services =>
        {
            services.AddSingleton<EffectExecutor>();
            services.AddSingleton<IEffectExecutor>(provider => faults = new FailingEffects(provider.GetRequiredService<EffectExecutor>(), effect => effect is SendMail { Kind: MailKind.VerificationRequested }, failures: 2));
        });
        var flow = new LinkFlow(host);

        var id = await flow.OpenAsync();
        await flow.MailAsync(id, SamplePerson.Email, mail => mail.Kind == nameof(MailKind.VerificationRequested));

        Assert.Equal(3, faults!.Runs);
        var state = await flow.StateAsync(id);
        Assert.Equal(Stage.AwaitingVerification, state.Stage);
        Assert.Empty(state.Parked);
        Assert.Single((await host.Outbox.ListAsync(50, null, SamplePerson.Email)).Mails, mail => mail.Reference == id.Value);
    }

    [Fact]
    public async Task An_effect_that_fails_on_every_try_parks_the_request_and_staff_get_a_retry_link()
    {
        await using var host = await IntakeHost.StartAsync(
            azurite,
            new Dictionary<string, string?> { ["Process:EffectAttempts"] = "3", ["Process:ApprovalRequiredFor"] = "none" },
            services =>
            {
                services.AddSingleton<EffectExecutor>();
                services.AddSingleton<IEffectExecutor>(provider => new FailingEffects(provider.GetRequiredService<EffectExecutor>(), effect => effect is RunSource { SourceId: "webshop-customers" }, failures: int.MaxValue));
            });
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        await flow.ActAsync(await flow.LinkAsync(id, SamplePerson.Email, LinkNames.Verify));

        var parked = await flow.WaitForStageAsync(id, Stage.Error, TimeSpan.FromSeconds(40));

        var stopped = Assert.Single(parked.Parked);
        Assert.Contains("Simulated fault", stopped.Error, StringComparison.Ordinal);
        await flow.MailAsync(id, LinkFlow.StaffAddress, mail => mail.Kind == nameof(MailKind.ProcessError) && mail.Links.Any(link => link.Name == LinkNames.Retry));
    }

    [Fact]
    public async Task A_request_is_delivered_on_the_burst_settings_with_extended_sessions()
    {
        // What docs/performance.md tells an operator to set for a burst must not change what the process does.
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Engine:ExtendedSessions"] = "true",
            ["Engine:ExtendedSessionIdleSeconds"] = "5",
            ["Engine:ControlQueueBatchSize"] = "4",
            ["Engine:ControlQueueBufferThreshold"] = "8",
            ["Engine:ControlQueueVisibilitySeconds"] = "300",
            ["Engine:WorkItemQueueVisibilitySeconds"] = "300",
            ["Engine:MaxConcurrentOrchestrations"] = "4",
            ["Engine:MaxConcurrentActivities"] = "4",
            ["Engine:PartitionTableTimeoutSeconds"] = "10",
        });
        var flow = new LinkFlow(host);

        var id = await flow.DeliveredAsync();

        var trail = await host.Services.GetRequiredService<IRequestRecords>().AuditTrailAsync(id);
        Assert.Single(trail, record => record.EventName == "export-assembled");
        await flow.MailAsync(id, SamplePerson.Email, mail => mail.Kind == nameof(MailKind.ResponseReady));
    }

    [Fact]
    public async Task Each_step_continues_as_new_so_a_delivered_request_keeps_a_short_history()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var history = host.Services.GetRequiredService<TaskHubHistory>();

        var id = await flow.DeliveredAsync();

        var size = await history.MeasureAsync(id.Value);
        output.WriteLine($"history kept for a delivered access request: {size.Rows} rows, {size.Bytes / 1024.0:0.0} KB, {size.Executions} generation(s)");
        Assert.True(size.Bytes < 64 * 1024, $"the history holds {size.Bytes / 1024.0:0.0} KB");
    }

    [Fact]
    public async Task A_purged_request_ends_its_instance_and_the_sweep_then_removes_its_history()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Process:RetentionDays"] = "0.00003" });
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        await host.Gateway.SendAsync(id, new WithdrawRequest(DateTimeOffset.UtcNow, Actor.Person));
        var client = host.Services.GetRequiredService<IProcessClient>();

        var until = DateTime.UtcNow.AddSeconds(40);
        while ((await client.GetAsync(id.Value))?.Status != ProcessRuntimeStatus.Completed)
        {
            Assert.True(DateTime.UtcNow < until, "the instance did not complete after the purge");
            await Task.Delay(200);
        }

        Assert.Null(await host.Services.GetRequiredService<IRequestRecords>().LoadAsync(id));
        var purged = await Sweep(host, client, HistoryRetention.Default).RunAsync();

        Assert.True(purged >= 1);
        Assert.Null(await client.GetAsync(id.Value));
    }

    [Fact]
    public async Task A_failed_instance_history_is_purged_after_its_retention_too()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var client = host.Services.GetRequiredService<IProcessClient>();
        var id = "R-FAIL-" + Guid.NewGuid().ToString("N")[..8];

        // An instance started around the gateway with input that is no request fails at once.
        Assert.True(await client.StartAsync(id, "not a request"));
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync(id))?.Status != ProcessRuntimeStatus.Failed)
        {
            Assert.True(DateTime.UtcNow < until, "the instance did not fail");
            await Task.Delay(200);
        }

        Assert.Equal(0, await Sweep(host, client, new HistoryRetention(TimeSpan.Zero, TimeSpan.FromDays(30))).RunAsync());
        Assert.NotNull(await client.GetAsync(id));

        Assert.True(await Sweep(host, client, new HistoryRetention(TimeSpan.Zero, TimeSpan.Zero)).RunAsync() >= 1);
        Assert.Null(await client.GetAsync(id));
    }

    [Fact]
    public async Task A_terminated_request_takes_no_more_commands()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        var client = host.Services.GetRequiredService<IProcessClient>();

        await client.TerminateAsync(id.Value, "operator test");
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync(id.Value))?.Status != ProcessRuntimeStatus.Terminated)
        {
            Assert.True(DateTime.UtcNow < until, "the instance was not terminated");
            await Task.Delay(200);
        }

        var result = await host.Gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));

        Assert.Equal(RejectionCode.Closed, result.Rejection?.Code);
    }

    [Fact]
    public async Task Submitting_the_same_reference_twice_starts_one_instance()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var id = await flow.OpenAsync();
        await flow.MailAsync(id, SamplePerson.Email, mail => mail.Kind == nameof(MailKind.VerificationRequested));
        var state = await flow.StateAsync(id);
        var again = new SubmitRequest(DateTimeOffset.UtcNow, Actor.Person, id, state.Request!, state.Policy, state.DeadlinePolicy, [.. state.Sources], 0);

        var second = await host.Gateway.SubmitAsync(again);

        Assert.Equal(RejectionCode.AlreadyExists, second.Rejection?.Code);
        Assert.Equal(state.ReceivedAt, (await flow.StateAsync(id)).ReceivedAt);
        await Task.Delay(500);
        Assert.Single((await host.Outbox.ListAsync(50, null, SamplePerson.Email)).Mails, mail => mail.Reference == id.Value);
    }

    private static HistoryPurge Sweep(IntakeHost host, IProcessClient client, HistoryRetention retention) =>
        new(client, retention, TimeProvider.System, NullLogger<HistoryPurge>.Instance);
}
