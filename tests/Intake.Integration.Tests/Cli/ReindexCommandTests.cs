using Azure;
using Azure.Data.Tables;
using Intake.Adapters.Records;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Integration.Tests.Links;
using Intake.Testing;

namespace Intake.Integration.Tests.Cli;

[Collection(AzuriteCollection.Name)]
public sealed class ReindexCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Reindex_writes_the_summaries_of_records_stored_before_the_index_existed()
    {
        var host = await IntakeHost.StartAsync(azurite);
        var flow = new LinkFlow(host);
        var first = await flow.OpenAsync();
        var second = await flow.OpenAsync("clerica");
        await flow.LinkAsync(first, SamplePerson.Email, LinkNames.Verify);
        await flow.LinkAsync(second, SamplePerson.Email, LinkNames.Verify);
        var prefix = host.Storage.Options.Prefix;
        var index = host.Storage.Table(host.Storage.Options.RequestIndexTable);
        await WaitForRowsAsync(index, 2);
        // Stopped, so no publication rewrites a summary behind the test's back.
        await host.DisposeAsync();
        // As an installation from before the index: records, but no summaries.
        await foreach (var row in index.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            await index.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
        }

        var folder = Path.Combine(Path.GetTempPath(), "intake-reindex-" + prefix);
        string[] args =
        [
            "reindex",
            $"--ConnectionStrings:Storage={azurite.ConnectionString}",
            $"--Storage:Prefix={prefix}",
            $"--Intake:DataPath={folder}",
            "--Intake:SampleData:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
        ];
        var run = await CommandLineRun.InvokeAsync(args);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("Reindexed 2 records: 2 summaries written, 0 already current", run.Output, StringComparison.Ordinal);
        var summaries = (await index.QueryAsync<TableEntity>().ToListAsync()).Select(TableRequestIndex.FromEntity).ToList();
        Assert.Equal(new[] { first.Value, second.Value }.Order(), summaries.Select(summary => summary.Id.Value).Order());
        Assert.Equal(["clerica", "clewer"], summaries.Select(summary => summary.Controller).Order());
        Assert.All(summaries, summary => Assert.Equal(Stage.AwaitingVerification, summary.Stage));
        Assert.DoesNotContain("@", run.Output, StringComparison.Ordinal);

        var again = await CommandLineRun.InvokeAsync(args);
        TryDelete(folder);
        Assert.Contains("0 summaries written, 2 already current", again.Output, StringComparison.Ordinal);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }

    private static async Task WaitForRowsAsync(TableClient table, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while ((await table.QueryAsync<TableEntity>().ToListAsync()).Count < count)
        {
            Assert.True(DateTime.UtcNow < until, "the host wrote its summaries");
            await Task.Delay(100);
        }
    }
}
