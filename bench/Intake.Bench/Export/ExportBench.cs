using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Intake.Adapters.Evidence;
using Intake.Adapters.Export;
using Intake.Local.SampleData;
using Intake.Adapters.Sources;
using Intake.Adapters.Storage;
using Intake.Adapters.Suppression;
using Intake.Bench.Harness;
using Intake.Core.Requests;
using Intake.Core.Serialization;
using Intake.Core.Sources;
using Microsoft.Extensions.Configuration;

namespace Intake.Bench.Export;

/// <summary>
/// Benchmark 3: assembling the access export ZIP into a blob (<see cref="Intake.Adapters.Export.ExportAssembler"/>,
/// reading the evidence rows the SQLite connector collected from the large generated source) in
/// MB/s of ZIP written, against a raw upload of the very same ZIP bytes; and the peak working set
/// of the exporting process at the smallest and the largest source size. Each export and each
/// upload runs in a child process of its own, alternating, so each peak belongs to one piece of work.
/// </summary>
public sealed class ExportBench(BenchStorage storage, BenchScale scale, TextWriter log)
{
    private const long MiB = 1024 * 1024;

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var clients = await storage.CreateClientsAsync("exp");
        var folder = Directory.CreateTempSubdirectory("intake-bench-export-").FullName;
        try
        {
            var sizes = new List<SizeResult>();
            foreach (var megabytes in scale.ExportMegabytes)
            {
                var repetitions = sizes.Count == 0 ? scale.ExportRepetitions : 1;
                sizes.Add(await MeasureSizeAsync(clients, folder, megabytes, repetitions, explain: sizes.Count == 0));
            }

            return Figures(sizes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<SizeResult> MeasureSizeAsync(StorageClients clients, string folder, int megabytes, int repetitions, bool explain)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"activity-{megabytes}");
        var clock = Stopwatch.StartNew();
        var written = await SampleDataGenerator.CreateLargeSqliteAsync(Path.Combine(folder, name + ".db"), SamplePerson.Email, megabytes * MiB);
        var generated = clock.Elapsed;

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:" + LargeSource.ConnectionName, SampleDataGenerator.SqlitePath(folder, name))])
            .Build();
        var catalog = LargeSource.Catalog();
        var evidence = new BlobEvidenceStore(clients.Blobs, new EvidenceOptions { ContainerName = clients.Options.EvidenceContainer });
        var runner = new SourceTaskRunner(catalog, [new SqliteConnector(new SourceSecrets(configuration))], evidence, new SuppressionList(clients.Tables, TimeProvider.System, clients.Options.SuppressionTable));
        var request = RequestId.FromRandomBytes(RandomNumberGenerator.GetBytes(8));
        clock.Restart();
        var receipt = await runner.RunAsync(new SourceJob(request, LargeSource.Controller, LargeSource.Source(catalog), SourceAction.Export, new PersonKeys(SamplePerson.Email, null, null), null, DateTimeOffset.UtcNow));
        var collected = clock.Elapsed;
        if (receipt.Outcome != SourceOutcome.Exported)
        {
            throw new InvalidOperationException($"Collecting the large source ended {receipt.Outcome}: {receipt.Note}");
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {megabytes} MiB: {receipt.RowsFound:N0} rows generated in {generated.TotalSeconds:0.0} s, collected into evidence in {collected.TotalSeconds:0.0} s"));

        var job = new ChildJob(storage.ConnectionString, clients.Options.EvidenceContainer, clients.Options.ExportsContainer, request.Value, IntakeJson.Serialize(receipt), null);
        var jobFile = Path.Combine(folder, name + "-job.json");
        await File.WriteAllTextAsync(jobFile, JsonSerializer.Serialize(job));
        var assembled = new List<ChildResult>();
        var uploaded = new List<ChildResult>();
        string? uploadJobFile = null;
        for (var i = 0; i < repetitions; i++)
        {
            var assembly = await RunChildAsync("assemble", jobFile);
            assembled.Add(assembly);
            if (uploadJobFile is null)
            {
                var zip = Path.Combine(folder, name + ".zip");
                await clients.Blobs.GetBlobContainerClient(clients.Options.ExportsContainer).GetBlobClient(assembly.BlobName).DownloadToAsync(zip);
                uploadJobFile = Path.Combine(folder, name + "-upload.json");
                await File.WriteAllTextAsync(uploadJobFile, JsonSerializer.Serialize(job with { ZipFile = zip }));
            }

            var upload = await RunChildAsync("upload", uploadJobFile);
            uploaded.Add(upload);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {megabytes} MiB: ZIP of {assembly.Bytes / (double)MiB:0.0} MiB assembled at {assembly.MegabytesPerSecond:0.0} MiB/s in {assembly.Seconds:0.0} s (peak {assembly.PeakWorkingSetBytes / (double)MiB:0} MiB; CPU {assembly.CpuSeconds:0.0} s, Azurite's {assembly.AzuriteCpuSeconds:0.0} s), uploaded raw at {upload.MegabytesPerSecond:0.0} MiB/s in {upload.Seconds:0.0} s (peak {upload.PeakWorkingSetBytes / (double)MiB:0} MiB; CPU {upload.CpuSeconds:0.0} s, Azurite's {upload.AzuriteCpuSeconds:0.0} s)"));
        }

        // The ZIP downloaded for the baseline is also checked: its central directory lists what the
        // manifest lists (past 4 GiB this reads the ZIP64 records), with the sizes the manifest gives.
        var zipFile = Path.Combine(folder, name + ".zip");
        CheckZip(zipFile);

        // Where the assembler's time goes (measured at the first size only, to keep the run short):
        // the one pass over the rows alone, encoding the data files alone (no ZIP, no upload), and
        // Deflate alone over the data files.
        Breakdown? breakdown = null;
        if (explain)
        {
            var rows = clients.Blobs.GetBlobContainerClient(clients.Options.EvidenceContainer).GetBlobClient(EvidenceBlobNames.Rows(request, LargeSource.Source(catalog).Id));
            breakdown = new Breakdown(await RunChildAsync("read", jobFile), await RunChildAsync("encode", jobFile), await RowsProbe.MeasureAsync(rows, zipFile));
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {megabytes} MiB: read and parse alone {breakdown.Read.Seconds:0.0} s, encode alone {breakdown.Encode.Seconds:0.0} s ({breakdown.Encode.CpuSeconds:0.0} s CPU), Deflate alone over the data files {breakdown.Probe.TextLevelSeconds:0.0} s"));
        }

        await DeleteAsync(clients.Blobs.GetBlobContainerClient(clients.Options.EvidenceContainer), request.Value);
        await DeleteAsync(clients.Blobs.GetBlobContainerClient(clients.Options.ExportsContainer), request.Value);
        await DeleteAsync(clients.Blobs.GetBlobContainerClient(clients.Options.ExportsContainer), "raw/" + request.Value);
        foreach (var file in Directory.EnumerateFiles(folder, name + "*"))
        {
            File.Delete(file);
        }

        return new SizeResult(megabytes, written, receipt.RowsFound, assembled, uploaded, breakdown);
    }

    private static IReadOnlyList<Figure> Figures(IReadOnlyList<SizeResult> sizes)
    {
        var figures = new List<Figure>();
        foreach (var size in sizes)
        {
            figures.Add(new Figure(
                string.Create(CultureInfo.InvariantCulture, $"export-throughput-{size.Megabytes}"),
                string.Create(CultureInfo.InvariantCulture, $"Export ZIP assembled into blob, {size.Megabytes} MiB of source rows"),
                Measurement.Median(new Sampled(size.Assembled.Select(r => r.MegabytesPerSecond).ToList()), "MiB/s"),
                "raw upload of the same ZIP bytes",
                Measurement.Median(new Sampled(size.Uploaded.Select(r => r.MegabytesPerSecond).ToList()), "MiB/s"),
                Aim.AtLeast(0.7),
                string.Create(CultureInfo.InvariantCulture, $"{size.Rows:N0} rows ({size.SourceBytes / (double)MiB:0} MiB of row data) → a ZIP of {size.Assembled[0].Bytes / (double)MiB:0.0} MiB (report.html, data/activity-log.json and .csv, manifest.json; text deflated at zlib level {EntryCompression.TextLevel}). MiB/s counts ZIP bytes written on both sides; the assembly took {new Sampled(size.Assembled.Select(r => r.Seconds).ToList()).Median:0.0} s (median), the raw upload {new Sampled(size.Uploaded.Select(r => r.Seconds).ToList()).Median:0.0} s. It reads the evidence rows once for both files, encodes them (serialise, SHA-256, CRC-32, Deflate) into spool files and copies those into the ZIP while the upload runs. CPU time, median: the assembling process {new Sampled(size.Assembled.Select(r => r.CpuSeconds).ToList()).Median:0.0} s and Azurite {new Sampled(size.Assembled.Select(r => r.AzuriteCpuSeconds).ToList()).Median:0.0} s during an assembly; the uploading process {new Sampled(size.Uploaded.Select(r => r.CpuSeconds).ToList()).Median:0.0} s and Azurite {new Sampled(size.Uploaded.Select(r => r.AzuriteCpuSeconds).ToList()).Median:0.0} s during a raw upload ({Environment.ProcessorCount} cores, shared).{Explain(size.Breakdown, size.Uploaded)} {size.Assembled.Count} run(s) each, one child process per run.")));
        }

        var small = sizes[0];
        var large = sizes[^1];
        figures.Add(new Figure(
            "export-peak-memory",
            string.Create(CultureInfo.InvariantCulture, $"Peak working set of the exporting process, {large.Megabytes} MiB of rows"),
            Measurement.Median(new Sampled(large.Assembled.Select(r => r.PeakWorkingSetBytes / (double)MiB).ToList()), "MiB"),
            string.Create(CultureInfo.InvariantCulture, $"the same at {small.Megabytes} MiB of rows"),
            Measurement.Median(new Sampled(small.Assembled.Select(r => r.PeakWorkingSetBytes / (double)MiB).ToList()), "MiB"),
            Aim.AtMost(1.25),
            string.Create(CultureInfo.InvariantCulture, $"VmHWM of a child process that only assembles the export (server GC, as the host); by size: {string.Join(", ", sizes.Select(z => string.Create(CultureInfo.InvariantCulture, $"{z.Megabytes} MiB → {new Sampled(z.Assembled.Select(r => r.PeakWorkingSetBytes / (double)MiB).ToList()).Median:0} MiB")))}. For scale: a child that only uploads the same ZIP raw peaks at {new Sampled(large.Uploaded.Select(r => r.PeakWorkingSetBytes / (double)MiB).ToList()).Median:0} MiB ({large.Megabytes} MiB) and {new Sampled(small.Uploaded.Select(r => r.PeakWorkingSetBytes / (double)MiB).ToList()).Median:0} MiB ({small.Megabytes} MiB); the assembling process held {large.Assembled[0].StartWorkingSetBytes / (double)MiB:0} MiB before it began.")));
        return figures;
    }

    private static string Explain(Breakdown? breakdown, IReadOnlyList<ChildResult> uploads)
    {
        if (breakdown is null)
        {
            return string.Empty;
        }

        // The least time two cores need for Deflate alone plus Azurite's share of a raw upload, and
        // the ratio that would give: what remains reachable even if everything else cost nothing.
        var upload = new Sampled(uploads.Select(r => r.Seconds).ToList()).Median;
        var azurite = new Sampled(uploads.Select(r => r.AzuriteCpuSeconds).ToList()).Median;
        var floor = Math.Max(upload, (breakdown.Probe.TextLevelSeconds + azurite) / Environment.ProcessorCount);
        var probe = breakdown.Probe;
        return string.Create(CultureInfo.InvariantCulture, $" Where the time goes, each piece alone in a child process of its own: one pass reading and parsing the {breakdown.Read.Bytes / (double)MiB:0} MiB of JSON-lines evidence took {breakdown.Read.Seconds:0.0} s ({breakdown.Read.MegabytesPerSecond:0.0} MiB/s; a raw download of the same blob runs at {probe.DownloadMegabytesPerSecond:0.0} MiB/s); encoding both data files from it (read, parse, serialise, hash, deflate into spool files; no ZIP, no upload) took {breakdown.Encode.Seconds:0.0} s and {breakdown.Encode.CpuSeconds:0.0} s of CPU. Deflate alone, on one thread in memory, over the {probe.DataFileBytes / (double)MiB:0} MiB of the data files took {probe.TextLevelSeconds:0.0} s at level {EntryCompression.TextLevel} (leaving {probe.TextLevelSizeRatio:P0} of the size) and {probe.OptimalSeconds:0.0} s at 'Optimal' (leaving {probe.OptimalSizeRatio:P0}). That Deflate alone plus Azurite's CPU for the upload ({azurite:0.0} s) on {Environment.ProcessorCount} cores bounds the assembly at {floor:0.0} s at best, a ratio of at most {upload / floor:0.00} against this upload, before any reading, parsing or hashing.");
    }

    private async Task<ChildResult> RunChildAsync(string mode, string jobFile)
    {
        var azuriteAtStart = AzuriteCpuSeconds();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Intake.Bench.dll"), ExportChild.Command, mode, jobFile })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the export child process.");
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (child.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException($"The export child ({mode}) failed with exit code {child.ExitCode}: {(await errors).Split('\n').FirstOrDefault()}");
        }

        var result = JsonSerializer.Deserialize<ChildResult>(lines[^1]) ?? throw new InvalidOperationException("The export child printed no result.");
        return result with { AzuriteCpuSeconds = AzuriteCpuSeconds() - azuriteAtStart };
    }

    private double AzuriteCpuSeconds()
    {
        using var azurite = Process.GetProcessById(storage.Azurite.ProcessId);
        return azurite.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Opens the ZIP by its central directory and checks it against its own manifest.json.</summary>
    private static void CheckZip(string zipFile)
    {
        using var zip = ZipFile.OpenRead(zipFile);
        var entries = zip.Entries.ToDictionary(e => e.FullName, e => e.Length, StringComparer.Ordinal);
        using var manifestStream = zip.GetEntry("manifest.json")?.Open() ?? throw new InvalidOperationException("The ZIP has no manifest.json.");
        var manifest = JsonSerializer.Deserialize<ExportManifest>(manifestStream, SourceJson.Options) ?? throw new InvalidOperationException("manifest.json is empty.");
        if (manifest.Files.Count != entries.Count - 1 || manifest.Files.Any(f => !entries.TryGetValue(f.Name, out var length) || length != f.Bytes))
        {
            throw new InvalidOperationException("The ZIP's entries do not match its manifest.");
        }
    }

    private static async Task DeleteAsync(BlobContainerClient container, string prefix)
    {
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, CancellationToken.None))
        {
            await container.DeleteBlobIfExistsAsync(blob.Name);
        }
    }

    private sealed record SizeResult(int Megabytes, long SourceBytes, int Rows, IReadOnlyList<ChildResult> Assembled, IReadOnlyList<ChildResult> Uploaded, Breakdown? Breakdown);

    /// <summary>One read of the evidence rows and one encoding of them, each in a child process, and Deflate's speed on them at two levels.</summary>
    private sealed record Breakdown(ChildResult Read, ChildResult Encode, RowsProbeResult Probe);
}
