using Azure.Data.Tables;
using Intake.Core.Requests;
using Intake.Integration.Tests.Cli;
using Intake.Testing;

namespace Intake.Integration.Tests.InboundHttp;

[Collection(AzuriteCollection.Name)]
public sealed class IngestCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingest_opens_a_request_from_an_eml_file_and_prints_its_reference()
    {
        var (args, prefix, folder) = Arguments("gmail-fi-access-request.eml");
        try
        {
            var run = await CommandLineRun.InvokeAsync(args);

            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
            var reference = Forms.PersonWeb.Reference(run.Output);
            Assert.NotNull(reference);
            Assert.Contains("Opened", run.Output, StringComparison.Ordinal);
            var table = new TableClient(azurite.ConnectionString, prefix + "requests");
            var state = await table.GetEntityIfExistsAsync<TableEntity>(RequestId.Parse(reference).Value, "state");
            Assert.True(state.HasValue);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    [Fact]
    public async Task Ingest_says_why_an_auto_reply_was_ignored_and_exits_2()
    {
        var (args, prefix, folder) = Arguments("out-of-office-fi.eml");
        try
        {
            var run = await CommandLineRun.InvokeAsync(args);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Ignored: AutoReply", run.Output, StringComparison.Ordinal);
            var table = new TableClient(azurite.ConnectionString, prefix + "requests");
            Assert.Empty(await table.QueryAsync<TableEntity>().ToListAsync());
        }
        finally
        {
            TryDelete(folder);
        }
    }

    [Fact]
    public async Task Instance_shows_how_an_ingested_request_stands_in_the_engine_and_its_record()
    {
        var (args, _, folder) = Arguments("gmail-fi-access-request.eml");
        try
        {
            var reference = Forms.PersonWeb.Reference((await CommandLineRun.InvokeAsync(args)).Output)!;

            var run = await CommandLineRun.InvokeAsync(["instance", reference, .. args[2..]]);

            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
            Assert.Contains($"Request {reference}", run.Output, StringComparison.Ordinal);
            Assert.Contains("reported: stage awaiting-verification", run.Output, StringComparison.Ordinal);
            Assert.Contains("record: stage AwaitingVerification", run.Output, StringComparison.Ordinal);
            Assert.Contains("chain intact", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("@", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    [Fact]
    public async Task Ingest_of_a_missing_file_is_a_usage_error()
    {
        var run = await CommandLineRun.InvokeAsync("ingest", Path.Combine(Path.GetTempPath(), "no-such-mail.eml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No such file", run.Error, StringComparison.Ordinal);
    }

    private (string[] Args, string Prefix, string Folder) Arguments(string sample)
    {
        var prefix = StoragePrefix.New('i');
        var folder = Path.Combine(Path.GetTempPath(), "intake-ingest-" + prefix);
        var file = Path.Combine(AppContext.BaseDirectory, "Inbound", "Samples", sample);
        return (
            [
                "ingest", file,
                $"--ConnectionStrings:Storage={azurite.ConnectionString}",
                $"--Storage:Prefix={prefix}",
                $"--Intake:DataPath={folder}",
                "--Intake:SampleData:Enabled=false",
                "--Logging:LogLevel:Default=Warning",
            ],
            prefix,
            folder);
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
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
