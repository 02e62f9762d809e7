using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Intake.Adapters.Evidence;
using Intake.Adapters.Export;
using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Export;

/// <summary>How the export is built: one read per source, parallel sources written in order, hashes taken while streaming, nothing left behind by a failure.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ExportPipelineTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ControllerId Clewer = new("clewer");
    private SampleWorld world = null!;

    public async Task InitializeAsync() => world = await SampleWorld.CreateAsync(azurite);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Manifest_hash_of_each_entry_matches_its_bytes_and_the_summary_hash_the_whole_zip()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);

        var summary = await Assembler(world.Evidence).AssembleAsync(Job(request, receipts));

        var (zip, files) = await ExportFiles.DownloadAsync(world, summary);
        var manifest = ExportFiles.VerifyManifest(files);
        Assert.Equal(files.Count - 1, manifest.Files.Count);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), summary.Sha256);
    }

    [Fact]
    public async Task Text_entries_are_deflated()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);

        var summary = await Assembler(world.Evidence).AssembleAsync(Job(request, receipts));

        var (zip, _) = await ExportFiles.DownloadAsync(world, summary);
        var methods = ZipDirectory.Methods(zip);
        Assert.Contains(methods, m => m.Name == "data/webshop-orders.csv");
        Assert.All(methods, m => Assert.Equal(8, m.Method));
    }

    [Fact]
    public async Task Data_json_holds_each_row_as_stored_and_csv_the_same_rows()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);

        var summary = await Assembler(world.Evidence).AssembleAsync(Job(request, receipts));

        var (_, files) = await ExportFiles.DownloadAsync(world, summary);
        var stored = await world.Evidence.ReadRowsAsync(request, "webshop-orders");
        var expected = new List<SourceRow>();
        await foreach (var row in stored!.ReadAsync())
        {
            expected.Add(row);
        }

        using var json = JsonDocument.Parse(files["data/webshop-orders.json"]);
        var rows = json.RootElement.EnumerateArray().Select(e => SourceRowJson.Read(Encoding.UTF8.GetBytes(e.GetRawText()))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].Fields, rows[i].Fields);
        }

        var csv = Encoding.UTF8.GetString(files["data/webshop-orders.csv"][3..]);
        var lines = new[] { Intake.Core.Reports.CsvLine.Format(stored.Columns) }.Concat(expected.Select(r => Intake.Core.Reports.CsvLine.Format(r, stored.Columns)));
        Assert.Equal(string.Concat(lines), csv);
    }

    [Fact]
    public async Task Sources_are_read_in_parallel_but_written_in_the_order_of_the_data_map()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);
        var watch = new RowsDownloads(TimeSpan.FromMilliseconds(400));
        var options = new BlobClientOptions();
        options.AddPolicy(watch, HttpPipelinePosition.PerCall);
        var evidence = new BlobEvidenceStore(new BlobServiceClient(azurite.ConnectionString, options), new EvidenceOptions { ContainerName = "evidence" + world.Suffix });

        var summary = await Assembler(evidence).AssembleAsync(Job(request, receipts));

        var (zip, _) = await ExportFiles.DownloadAsync(world, summary);
        var names = ZipDirectory.Methods(zip).Select(m => m.Name).ToList();
        var dataSources = names.Where(n => n.EndsWith(".json", StringComparison.Ordinal) && n.StartsWith("data/", StringComparison.Ordinal))
            .Select(n => n["data/".Length..^".json".Length]).ToList();
        Assert.True(dataSources.Count >= 2, "the sample controller should have at least two sources with rows");
        Assert.True(watch.MostAtOnce >= 2, $"rows were downloaded one source at a time (at most {watch.MostAtOnce} at once)");
        var mapOrder = world.Map("clewer").Sources.Select(s => s.Id).Where(dataSources.Contains).ToList();
        Assert.Equal(mapOrder, dataSources);
        Assert.Equal(
            ["report.html", .. mapOrder.SelectMany(id => new[] { $"data/{id}.json", $"data/{id}.csv" }), "manifest.json"],
            names);
    }

    [Fact]
    public async Task A_source_failing_mid_stream_fails_the_export_and_leaves_the_earlier_zip_as_it_was()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);
        var assembler = Assembler(world.Evidence);
        var earlier = await assembler.AssembleAsync(Job(request, receipts));
        var earlierZip = (await ExportFiles.DownloadAsync(world, earlier)).Zip;

        // Enough good rows for several blocks of ZIP to be on their way, then one that is not JSON.
        var rowsBlob = world.Evidence.Container.GetBlobClient(EvidenceBlobNames.Rows(request, "webshop-orders"));
        var good = (await rowsBlob.DownloadContentAsync()).Value.Content.ToString().Split('\n')[0];
        var corrupt = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            corrupt.Append(good).Append('\n');
        }

        corrupt.Append("{\"id\": 1, \"order_number\": \n");
        await rowsBlob.UploadAsync(BinaryData.FromString(corrupt.ToString()), overwrite: true);

        await Assert.ThrowsAnyAsync<JsonException>(() => assembler.AssembleAsync(Job(request, receipts)));

        var after = (await ExportFiles.DownloadAsync(world, earlier)).Zip;
        Assert.Equal(earlierZip, after);
    }

    [Fact]
    public async Task A_failed_first_export_leaves_no_blob()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);
        var rowsBlob = world.Evidence.Container.GetBlobClient(EvidenceBlobNames.Rows(request, "contests"));
        await rowsBlob.UploadAsync(BinaryData.FromString("not json\n"), overwrite: true);

        await Assert.ThrowsAnyAsync<JsonException>(() => Assembler(world.Evidence).AssembleAsync(Job(request, receipts)));

        var blob = world.Blobs.GetBlobContainerClient("exports").GetBlobClient(ExportAssembler.BlobNameFor(request, RequestType.Access));
        Assert.False(await blob.ExistsAsync());
    }

    [Fact]
    public async Task A_row_longer_than_the_read_buffer_and_a_last_line_without_line_feed_are_read()
    {
        var request = SampleWorld.NewRequest();
        var receipts = await ExportFiles.ExportAllAsync(world, "clewer", request);
        var rowsBlob = world.Evidence.Container.GetBlobClient(EvidenceBlobNames.Rows(request, "contests"));
        var longText = new string('x', 3 * 1024 * 1024);
        await rowsBlob.UploadAsync(BinaryData.FromString($"{{\"id\":1,\"note\":\"{longText}\"}}\n\n{{\"id\":2,\"note\":\"last\"}}"), overwrite: true);
        await world.Evidence.Container.GetBlobClient(EvidenceBlobNames.RowsIndex(request, "contests"))
            .UploadAsync(BinaryData.FromObjectAsJson(new EvidenceRowsIndex(["id", "note"], 2), SourceJson.Options), overwrite: true);

        var summary = await Assembler(world.Evidence).AssembleAsync(Job(request, receipts));

        var (_, files) = await ExportFiles.DownloadAsync(world, summary);
        ExportFiles.VerifyManifest(files);
        using var json = JsonDocument.Parse(files["data/contests.json"]);
        Assert.Equal([longText, "last"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("note").GetString()));
    }

    private ExportAssembler Assembler(BlobEvidenceStore evidence) => new(world.Catalog, evidence, world.Blobs, new ExportOptions { ParallelSources = 4 });

    private static ExportJob Job(RequestId request, IReadOnlyList<SourceReceipt> receipts) =>
        new(request, Clewer, RequestType.Access, Language.En, receipts, Intake.Local.SampleData.SamplePerson.Today);

    /// <summary>Holds back every download of a rows blob for a while and counts how many were under way at once.</summary>
    private sealed class RowsDownloads(TimeSpan hold) : HttpPipelinePolicy
    {
        private int underWay;
        private int most;

        public int MostAtOnce => Volatile.Read(ref most);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var rows = message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.EndsWith(".jsonl", StringComparison.Ordinal);
            if (!rows)
            {
                await ProcessNextAsync(message, pipeline);
                return;
            }

            var now = Interlocked.Increment(ref underWay);
            InterlockedMax(now);
            try
            {
                await Task.Delay(hold);
                await ProcessNextAsync(message, pipeline);
            }
            finally
            {
                Interlocked.Decrement(ref underWay);
            }
        }

        private void InterlockedMax(int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, value, seen) != seen)
            {
            }
        }
    }
}
