using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Intake.Adapters.Evidence;
using Intake.Adapters.Export.Spooling;
using Intake.Adapters.Export.Zip;
using Intake.Adapters.Sources;
using Intake.Core.DataMaps;
using Intake.Core.Reports;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Templates.Report;

namespace Intake.Adapters.Export;

/// <summary>
/// Builds the answer to an access or portability request as one ZIP streamed straight into the
/// exports container: report.html (readable, in the person's language, with every Art 15 item),
/// data/&lt;source&gt;.json and .csv per source, and manifest.json with each file's SHA-256.
/// Sources are read and encoded in parallel (<see cref="SourceEncoder"/>: one read of the rows
/// for both files) while the ZIP is written in order, copying each encoded file when its turn
/// comes; files read ahead wait in temporary spool files, not in memory, so memory stays flat
/// whatever the size of the sources. The blob exists only once the whole ZIP is committed.
/// </summary>
public sealed class ExportAssembler
{
    private const int CopyBytes = 256 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly DataMapCatalog catalog;
    private readonly BlobEvidenceStore evidence;
    private readonly BlobContainerClient exports;
    private readonly ExportOptions options;
    private readonly Lazy<Task> created;

    public ExportAssembler(DataMapCatalog catalog, BlobEvidenceStore evidence, BlobServiceClient service, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(service);
        this.catalog = catalog;
        this.evidence = evidence;
        this.options = options ?? new ExportOptions();
        exports = service.GetBlobContainerClient(this.options.ContainerName);
        created = new Lazy<Task>(() => exports.CreateIfNotExistsAsync());
    }

    /// <summary>The container exports are written to; downloads and deletes use the same one.</summary>
    public BlobContainerClient Container => exports;

    public static string BlobNameFor(RequestId request, RequestType type) =>
        $"{request.Value}/{request.Value}-{type.WireName()}.zip";

    public async Task<ExportSummary> AssembleAsync(ExportJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.Type.ProducesExport())
        {
            throw new ArgumentException($"A {job.Type.WireName()} request has no export.", nameof(job));
        }

        await created.Value;
        var map = catalog.Get(job.Controller);
        var sources = await CollectAsync(map, job, cancellationToken);
        var encoders = new List<SourceEncoder>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(Math.Max(1, options.ParallelSources));
        var running = new List<Task>();
        try
        {
            foreach (var source in sources.Where(s => s.Rows is not null))
            {
                var encoder = new SourceEncoder(source, options.SpoolFolder, options.SpoolChunkBytes);
                encoders.Add(encoder);
                running.Add(Task.Run(() => RunAsync(encoder, gate, stop), CancellationToken.None));
            }

            return await WriteZipAsync(job, map, sources, encoders, stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A source failed and stopped the others: its error is the one to report.
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (running.FirstOrDefault(t => t.IsFaulted)?.Exception?.InnerException is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var encoder in encoders)
            {
                encoder.Dispose();
            }
        }
    }

    private static JsonSerializerOptions ManifestJson { get; } = new(SourceJson.Options) { WriteIndented = true };

    private static async Task RunAsync(SourceEncoder encoder, SemaphoreSlim gate, CancellationTokenSource stop)
    {
        try
        {
            await gate.WaitAsync(stop.Token);
        }
        catch (OperationCanceledException e)
        {
            encoder.Fail(e);
            throw;
        }

        try
        {
            await encoder.RunAsync(stop.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ExportSummary> WriteZipAsync(ExportJob job, DataMap map, IReadOnlyList<ExportSource> sources, IReadOnlyList<SourceEncoder> encoders, CancellationToken cancellationToken)
    {
        var name = BlobNameFor(job.Request, job.Type);
        var manifest = new List<ManifestEntry>();
        var headers = new BlobHttpHeaders { ContentType = "application/zip" };
        await using var upload = new BlockUploadStream(exports.GetBlockBlobClient(name), options.BufferBytes, headers);
        await using var hashed = new HashingWriteStream(upload, leaveOpen: true);
        var zip = new ZipStreamWriter(hashed, job.Now.DateTime);

        // The report comes first and shows each source's first rows: wait for those (not for the rest).
        var previews = new Dictionary<string, IReadOnlyList<SourceRow>>(StringComparer.Ordinal);
        foreach (var encoder in encoders)
        {
            previews[encoder.Source.Definition.Id] = await encoder.Preview.WaitAsync(cancellationToken);
        }

        var context = new ReportContext(map, job.Request, job.Type, job.Language, job.Now, job.Receipts);
        manifest.Add(await WriteEntryAsync(zip, "report.html", s => WriteReportAsync(s, context, sources, previews, cancellationToken), cancellationToken));
        previews.Clear();

        var buffer = new byte[CopyBytes];
        foreach (var encoder in encoders)
        {
            manifest.Add(await CopyEntryAsync(zip, encoder.Source.JsonFile, encoder.JsonSpool, encoder.Json, buffer, cancellationToken));
            manifest.Add(await CopyEntryAsync(zip, encoder.Source.CsvFile, encoder.CsvSpool, encoder.Csv, buffer, cancellationToken));
            encoder.Dispose();
        }

        var document = new ExportManifest(job.Request.Value, map.Controller.Id.Value, job.Type.WireName(), job.Language.Code(), job.Now, manifest);
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(document, ManifestJson);
        await WriteEntryAsync(zip, "manifest.json", s => s.WriteAsync(manifestBytes, cancellationToken).AsTask(), cancellationToken);
        await zip.FinishAsync(cancellationToken);
        await upload.CommitAsync(cancellationToken);
        return new ExportSummary(name, hashed.Bytes, hashed.HashHex(), manifest.Count + 1);
    }

    private async Task<List<ExportSource>> CollectAsync(DataMap map, ExportJob job, CancellationToken cancellationToken)
    {
        var result = new List<ExportSource>();
        foreach (var definition in map.Sources)
        {
            var receipt = job.Receipts.LastOrDefault(r => r.SourceId == definition.Id && r.Action == SourceAction.Export);
            if (job.Type == RequestType.Portability && definition.ProvidedColumns.Count == 0)
            {
                continue;
            }

            if (receipt is null)
            {
                // Only sources the process asked are reported: "nothing found" must mean looked and found nothing.
                continue;
            }

            var rows = await evidence.ReadRowsAsync(job.Request, definition.Id, cancellationToken);
            var columns = rows?.Columns ?? [];
            if (job.Type == RequestType.Portability)
            {
                columns = columns.Where(c => RowProjection.IsProvided(definition, c)).ToList();
            }

            result.Add(new ExportSource(definition, receipt, rows is { Count: > 0 } ? rows : null, columns, job.Type == RequestType.Portability));
        }

        return result;
    }

    /// <summary>An entry made here and now (the report, the manifest), encoded straight into the ZIP.</summary>
    private static async Task<ManifestEntry> WriteEntryAsync(ZipStreamWriter zip, string name, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        await zip.BeginEntryAsync(name, EntryCompression.MethodFor(name), cancellationToken);
        await using var data = new ZipEntryStream(zip);
        await using var encoder = new EntryEncoder(name, data);
        await write(encoder);
        var entry = await encoder.CompleteAsync();
        await zip.EndEntryAsync(entry.Totals, cancellationToken);
        return entry.ManifestEntry;
    }

    /// <summary>An entry encoded ahead by a <see cref="SourceEncoder"/>: its compressed bytes are copied as they become available.</summary>
    private static async Task<ManifestEntry> CopyEntryAsync(ZipStreamWriter zip, string name, Spool spool, Task<EncodedEntry> encoded, byte[] buffer, CancellationToken cancellationToken)
    {
        await zip.BeginEntryAsync(name, EntryCompression.MethodFor(name), cancellationToken);
        var offset = 0L;
        int read;
        while ((read = await spool.ReadAsync(offset, buffer, cancellationToken)) > 0)
        {
            await zip.WriteDataAsync(buffer.AsMemory(0, read), cancellationToken);
            offset += read;
        }

        var entry = await encoded.WaitAsync(cancellationToken);
        await zip.EndEntryAsync(entry.Totals, cancellationToken);
        return entry.ManifestEntry;
    }

    private static async Task WriteReportAsync(Stream stream, ReportContext context, IReadOnlyList<ExportSource> sources, IReadOnlyDictionary<string, IReadOnlyList<SourceRow>> previews, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true);
        var shown = sources.Select(source => source.Rows is null
            ? new ReportSource(source.Definition, source.Receipt, [], [], 0, [source.JsonFile, source.CsvFile])
            : new ReportSource(source.Definition, source.Receipt, source.Columns, previews[source.Definition.Id], source.Rows.Count, [source.JsonFile, source.CsvFile]));
        await AccessReportHtml.WriteAsync(writer, context, shown, cancellationToken);
    }
}
