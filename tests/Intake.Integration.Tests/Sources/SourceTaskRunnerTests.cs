using System.Diagnostics;
using Intake.Adapters.Sources;
using Intake.Core.DataMaps;
using Intake.Core.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class SourceTaskRunnerTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private SampleWorld world = null!;
    private FakeWebhookServer hanging = null!;
    private FakeWebhookServer failing = null!;

    public async Task InitializeAsync()
    {
        world = await SampleWorld.CreateAsync(azurite);
        hanging = await FakeWebhookServer.StartAsync();
        hanging.Answer = _ => null;
        failing = await FakeWebhookServer.StartAsync();
        failing.Answer = _ => (503, "{}");
    }

    public async Task DisposeAsync()
    {
        await hanging.DisposeAsync();
        await failing.DisposeAsync();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task Hanging_and_failing_sources_fail_alone_while_a_healthy_one_runs_beside_them()
    {
        var request = SampleWorld.NewRequest();
        var hangingJob = world.Job("clerica", "crm-customers", SourceAction.Erase, request) with
        {
            Source = world.WebhookSource("slow-system", hanging.Url, TimeSpan.FromMilliseconds(700), attempts: 2),
        };
        var failingJob = world.Job("clerica", "crm-customers", SourceAction.Erase, request) with
        {
            Source = world.WebhookSource("broken-system", failing.Url, TimeSpan.FromSeconds(5), attempts: 3),
        };
        var healthyJob = world.Job("clerica", "crm-customers", SourceAction.Erase, request);
        var clock = Stopwatch.StartNew();

        var hangingRun = world.Runner.RunAsync(hangingJob);
        var failingRun = world.Runner.RunAsync(failingJob);
        var healthyRun = world.Runner.RunAsync(healthyJob);
        var healthy = await healthyRun;
        var healthyDone = clock.Elapsed;
        var timedOut = await Assert.ThrowsAsync<SourceFailedException>(() => hangingRun);
        var hangingDone = clock.Elapsed;
        var failed = await Assert.ThrowsAsync<SourceFailedException>(() => failingRun);
        output.WriteLine($"healthy {healthyDone.TotalMilliseconds:F0} ms, hanging cut after {hangingDone.TotalMilliseconds:F0} ms");

        Assert.Equal(SourceOutcome.Applied, healthy.Outcome);
        Assert.True(healthyDone < TimeSpan.FromMilliseconds(1400), "the healthy source waited for the hanging one");
        Assert.Equal("Source slow-system could not Erase after 2 attempt(s); last error: timed out", timedOut.Message);
        Assert.Equal(2, hanging.Calls.Count);
        Assert.True(hangingDone < TimeSpan.FromSeconds(10));
        Assert.Equal(3, failed.Attempts);
        Assert.Equal(3, failing.Calls.Count);
        Assert.Null(await world.Evidence.ReadReceiptAsync(request, "slow-system", SourceAction.Erase));
        Assert.NotNull(await world.Evidence.ReadReceiptAsync(request, "crm-customers", SourceAction.Erase));
    }

    [Fact]
    public async Task Missing_connection_string_fails_at_once_without_retrying()
    {
        var job = world.Job("clerica", "crm-customers", SourceAction.Export, SampleWorld.NewRequest()) with
        {
            Source = world.Source("clerica", "crm-customers") with { Connection = "not-configured" },
        };

        var failure = await Assert.ThrowsAsync<SourceFailedException>(() => world.Runner.RunAsync(job));

        Assert.Equal(1, failure.Attempts);
        Assert.Contains("ConnectionStrings:not-configured", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_database_file_is_a_failure_not_an_empty_source()
    {
        var job = world.Job("clerica", "crm-customers", SourceAction.Export, SampleWorld.NewRequest());
        File.Delete(Path.Combine(world.Folder, "clerica-crm.db"));

        await Assert.ThrowsAsync<SourceFailedException>(() => world.Runner.RunAsync(job));

        Assert.False(File.Exists(Path.Combine(world.Folder, "clerica-crm.db")));
    }
}
