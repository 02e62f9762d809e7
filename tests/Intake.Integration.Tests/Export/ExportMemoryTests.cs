using System.Diagnostics;
using Intake.Adapters.Export;
using Intake.Local.SampleData;
using Intake.Adapters.Sources;
using Intake.Core.DataMaps;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Export;

[Collection(AzuriteCollection.Name)]
public sealed class ExportMemoryTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const long SourceBytes = 200L * 1024 * 1024;
    private const long AllowedGrowth = 100L * 1024 * 1024;

    [Fact]
    public async Task Exporting_200_MB_of_rows_keeps_peak_working_set_growth_under_100_MB()
    {
        var folder = Directory.CreateTempSubdirectory("intake-memory-");
        var database = Path.Combine(folder.FullName, "big.db");
        var written = await SampleDataGenerator.CreateLargeSqliteAsync(database, SamplePerson.Email, SourceBytes);
        await using var world = await SampleWorld.CreateAsync(azurite, [new("ConnectionStrings:big", SampleDataGenerator.SqlitePath(folder.FullName, "big"))]);
        var clewer = world.Map("clewer");
        var source = clewer.FindSource("webshop-customers")! with
        {
            Id = "activity-log",
            Connection = "big",
            Table = "activity_log",
            Lookup = new PersonLookup("email", null, null),
            OthersDataColumns = [],
            ProvidedColumns = ["event", "detail"],
            Timeout = TimeSpan.FromMinutes(10),
        };
        var catalog = DataMapCatalog.From([clewer with { Sources = [source] }]);
        var runner = new SourceTaskRunner(catalog, world.Connectors, world.Evidence, world.Suppression, world.Options);
        var assembler = new ExportAssembler(catalog, world.Evidence, world.Blobs);
        var request = SampleWorld.NewRequest();
        var job = new SourceJob(request, clewer.Controller.Id, source, SourceAction.Export, SampleWorld.Maija, null, SamplePerson.Today);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(25);
            }
        });
        var clock = Stopwatch.StartNew();

        var receipt = await runner.RunAsync(job);
        var collected = clock.Elapsed;
        var summary = await assembler.AssembleAsync(new ExportJob(request, clewer.Controller.Id, RequestType.Access, Language.En, [receipt], SamplePerson.Today));

        await stop.CancelAsync();
        await sampler;
        var growth = peak - baseline;
        output.WriteLine($"rows {receipt.RowsFound:N0}, row data {written / 1024.0 / 1024.0:F0} MB, ZIP {summary.Bytes / 1024.0 / 1024.0:F0} MB, collected in {collected.TotalSeconds:F1} s, assembled in {(clock.Elapsed - collected).TotalSeconds:F1} s");
        output.WriteLine($"working set: baseline {baseline / 1024.0 / 1024.0:F0} MB, peak {peak / 1024.0 / 1024.0:F0} MB, growth {growth / 1024.0 / 1024.0:F1} MB (limit {AllowedGrowth / 1024 / 1024} MB)");
        Assert.True(written >= SourceBytes);
        Assert.Equal(SourceOutcome.Exported, receipt.Outcome);
        Assert.Equal(4, summary.Files);
        Assert.True(growth < AllowedGrowth, $"peak working-set growth {growth / 1024 / 1024} MB exceeds {AllowedGrowth / 1024 / 1024} MB");
        folder.Delete(recursive: true);
    }
}
