using System.Diagnostics;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Intake.Adapters.Evidence;
using Intake.Adapters.Export;
using Intake.Core.Requests;
using Intake.Core.Serialization;
using Intake.Core.Sources;

namespace Intake.Bench.Export;

/// <summary>
/// The export benchmark's child process (<c>export-child assemble|upload|read|encode job.json</c>): one
/// export, one raw upload, one read of the evidence rows or one encoding of them per process, so
/// the peak working set and the time it reports belong to that work alone.
/// Prints one JSON line with a <see cref="ChildResult"/>.
/// </summary>
public static class ExportChild
{
    public const string Command = "export-child";

    public static async Task<int> RunAsync(string mode, string jobFile, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var job = JsonSerializer.Deserialize<ChildJob>(await File.ReadAllTextAsync(jobFile))
            ?? throw new InvalidOperationException("The child job file is empty.");
        var blobs = new BlobServiceClient(job.ConnectionString);
        var cpuAtStart = ProcessorSeconds();
        var result = mode switch
        {
            "assemble" => await AssembleAsync(job, blobs),
            "upload" => await UploadAsync(job, blobs),
            "read" => await ReadRowsAsync(job, blobs),
            "encode" => await EncodeAsync(job, blobs),
            _ => throw new ArgumentException($"Unknown export child mode '{mode}'.", nameof(mode)),
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(result with { CpuSeconds = ProcessorSeconds() - cpuAtStart }));
        return 0;
    }

    private static double ProcessorSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static async Task<ChildResult> AssembleAsync(ChildJob job, BlobServiceClient blobs)
    {
        var catalog = LargeSource.Catalog();
        var evidence = new BlobEvidenceStore(blobs, new EvidenceOptions { ContainerName = job.EvidenceContainer });
        var assembler = new ExportAssembler(catalog, evidence, blobs, new ExportOptions { ContainerName = job.ExportsContainer });
        var receipt = IntakeJson.Deserialize<SourceReceipt>(job.Receipt);
        var export = new ExportJob(RequestId.Parse(job.Request), LargeSource.Controller, RequestType.Access, Language.En, [receipt], DateTimeOffset.UtcNow);

        var start = ProcessMemory.Current();
        var clock = Stopwatch.StartNew();
        var summary = await assembler.AssembleAsync(export);
        clock.Stop();
        return new ChildResult(summary.BlobName, summary.Bytes, clock.Elapsed.TotalSeconds, start, ProcessMemory.Peak());
    }

    /// <summary>One pass over the collected rows as the assembler reads them (download, split into lines, parse), without writing anything.</summary>
    private static async Task<ChildResult> ReadRowsAsync(ChildJob job, BlobServiceClient blobs)
    {
        var evidence = new BlobEvidenceStore(blobs, new EvidenceOptions { ContainerName = job.EvidenceContainer });
        var request = RequestId.Parse(job.Request);
        var source = LargeSource.Source(LargeSource.Catalog()).Id;
        var name = EvidenceBlobNames.Rows(request, source);
        var length = (await evidence.Container.GetBlobClient(name).GetPropertiesAsync()).Value.ContentLength;

        var start = ProcessMemory.Current();
        var clock = Stopwatch.StartNew();
        var rows = await evidence.ReadRowsAsync(request, source) ?? throw new InvalidOperationException("The collected rows are missing.");
        var count = 0;
        await foreach (var _ in rows.ReadAsync())
        {
            count++;
        }

        clock.Stop();
        return count == rows.Count
            ? new ChildResult(name, length, clock.Elapsed.TotalSeconds, start, ProcessMemory.Peak())
            : throw new InvalidOperationException($"Read {count} rows, the index says {rows.Count}.");
    }

    /// <summary>
    /// The source's data files encoded as the assembler encodes them (one read of the rows, JSON and
    /// CSV serialised, hashed and deflated into spool files), without a ZIP or an upload. Bytes are
    /// the compressed bytes produced, comparable with the ZIP's.
    /// </summary>
    private static async Task<ChildResult> EncodeAsync(ChildJob job, BlobServiceClient blobs)
    {
        var evidence = new BlobEvidenceStore(blobs, new EvidenceOptions { ContainerName = job.EvidenceContainer });
        var request = RequestId.Parse(job.Request);
        var definition = LargeSource.Source(LargeSource.Catalog());
        var receipt = IntakeJson.Deserialize<SourceReceipt>(job.Receipt);
        var options = new ExportOptions();

        var start = ProcessMemory.Current();
        var clock = Stopwatch.StartNew();
        var rows = await evidence.ReadRowsAsync(request, definition.Id) ?? throw new InvalidOperationException("The collected rows are missing.");
        using var encoder = new SourceEncoder(new ExportSource(definition, receipt, rows, rows.Columns, Portability: false), options.SpoolFolder, options.SpoolChunkBytes);
        await encoder.RunAsync(CancellationToken.None);
        clock.Stop();
        return new ChildResult("encode", encoder.JsonSpool.Published + encoder.CsvSpool.Published, clock.Elapsed.TotalSeconds, start, ProcessMemory.Peak());
    }

    /// <summary>The same bytes streamed into a block blob the way the assembler streams them (OpenWrite, the same block size), without building anything.</summary>
    private static async Task<ChildResult> UploadAsync(ChildJob job, BlobServiceClient blobs)
    {
        var file = job.ZipFile ?? throw new InvalidOperationException("An upload needs the ZIP file.");
        var container = blobs.GetBlobContainerClient(job.ExportsContainer);
        var name = $"raw/{job.Request}.zip";
        var buffer = new ExportOptions().BufferBytes;

        var start = ProcessMemory.Current();
        var clock = Stopwatch.StartNew();
        await using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, buffer, useAsync: true))
        await using (var upload = await container.GetBlockBlobClient(name).OpenWriteAsync(
            overwrite: true,
            new BlockBlobOpenWriteOptions { BufferSize = buffer, HttpHeaders = new BlobHttpHeaders { ContentType = "application/zip" } }))
        {
            await source.CopyToAsync(upload, buffer);
        }

        clock.Stop();
        return new ChildResult(name, new FileInfo(file).Length, clock.Elapsed.TotalSeconds, start, ProcessMemory.Peak());
    }
}
