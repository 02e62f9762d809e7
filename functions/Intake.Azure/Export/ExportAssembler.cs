using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Intake.Azure.Evidence;
using Intake.Azure.Sources;
using Intake.Core.DataMaps;
using Intake.Core.Reports;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Azure.Export;

/// <summary>
/// Builds the answer to an access or portability request as one ZIP streamed straight into the
/// exports container: report.html (readable, in the person's language, with every Art 15 item),
/// data/&lt;source&gt;.json and .csv per source, and manifest.json with each file's SHA-256. Rows
/// flow from the evidence store through the ZIP to storage one at a time, so memory stays flat
/// whatever the size of the sources.
/// </summary>
public sealed class ExportAssembler
{
    // UTF-8 with a byte order mark: spreadsheet programs (notably Excel) read a CSV without one in
    // the legacy code page and would garble ä, ö and å in Finnish and Swedish names.
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
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
        var context = new ReportContext(map, job.Request, job.Type, job.Language, job.Now, job.Receipts);
        var sources = await CollectAsync(map, job, cancellationToken);
        var name = BlobNameFor(job.Request, job.Type);
        var blob = exports.GetBlockBlobClient(name);
        var manifest = new List<ManifestEntry>();

        await using var upload = await blob.OpenWriteAsync(
            overwrite: true,
            new BlockBlobOpenWriteOptions { BufferSize = options.BufferBytes, HttpHeaders = new BlobHttpHeaders { ContentType = "application/zip" } },
            cancellationToken);
        await using var hashed = new HashingWriteStream(upload, leaveOpen: true);
        using (var zip = new ZipArchive(hashed, ZipArchiveMode.Create, leaveOpen: true))
        {
            manifest.Add(await WriteEntryAsync(zip, "report.html", s => WriteReportAsync(s, context, sources, cancellationToken)));
            foreach (var source in sources.Where(s => s.Rows is not null))
            {
                manifest.Add(await WriteEntryAsync(zip, $"data/{source.Definition.Id}.json", s => WriteJsonAsync(s, source, cancellationToken)));
                manifest.Add(await WriteEntryAsync(zip, $"data/{source.Definition.Id}.csv", s => WriteCsvAsync(s, source, cancellationToken)));
            }

            var document = new ExportManifest(job.Request.Value, map.Controller.Id.Value, job.Type.WireName(), job.Language.Code(), job.Now, manifest);
            await WriteEntryAsync(zip, "manifest.json", s => s.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(document, ManifestJson)).AsTask());
        }

        await upload.DisposeAsync();
        return new ExportSummary(name, hashed.Bytes, hashed.HashHex(), manifest.Count + 1);
    }

    private static JsonSerializerOptions ManifestJson { get; } = new(SourceJson.Options) { WriteIndented = true };

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

    /// <summary>
    /// Optimal: reading and parsing the rows, not Deflate, bounds how long an export takes. Measured
    /// side by side (docs/performance.md), 'Fastest' assembled the 50 and 500 MiB exports in about
    /// the same time but left the ZIP half again as large for the person to download and for
    /// storage to keep.
    /// </summary>
    public const CompressionLevel EntryCompression = CompressionLevel.Optimal;

    private static async Task<ManifestEntry> WriteEntryAsync(ZipArchive zip, string name, Func<Stream, Task> write)
    {
        var entry = zip.CreateEntry(name, EntryCompression);
        await using var entryStream = entry.Open();
        await using var hashed = new HashingWriteStream(entryStream, leaveOpen: true);
        await write(hashed);
        return new ManifestEntry(name, hashed.Bytes, hashed.HashHex());
    }

    private static async Task WriteReportAsync(Stream stream, ReportContext context, IReadOnlyList<ExportSource> sources, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(AccessReport.Head(context).AsMemory(), cancellationToken);
        foreach (var source in sources)
        {
            var columns = source.Rows is null ? [] : source.Columns;
            await writer.WriteAsync(AccessReport.SourceStart(context, source.Definition, source.Receipt, columns).AsMemory(), cancellationToken);
            var shown = 0;
            if (source.Rows is not null)
            {
                await foreach (var row in source.Rows.ReadAsync(cancellationToken))
                {
                    if (shown == AccessReport.MaxRowsShown)
                    {
                        break;
                    }

                    await writer.WriteAsync(AccessReport.Row(source.Project(row), columns).AsMemory(), cancellationToken);
                    shown++;
                }
            }

            var files = new[] { $"data/{source.Definition.Id}.json", $"data/{source.Definition.Id}.csv" };
            await writer.WriteAsync(AccessReport.SourceEnd(context, shown, source.Rows?.Count ?? 0, files).AsMemory(), cancellationToken);
        }

        await writer.WriteAsync(AccessReport.End().AsMemory(), cancellationToken);
    }

    private static async Task WriteJsonAsync(Stream stream, ExportSource source, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        writer.WriteStartArray();
        await foreach (var row in source.Rows!.ReadAsync(cancellationToken))
        {
            SourceRowJson.Write(writer, source.Project(row));
            if (writer.BytesPending > 64 * 1024)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task WriteCsvAsync(Stream stream, ExportSource source, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Utf8Bom, cancellationToken);
        await using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(CsvLine.Format(source.Columns).AsMemory(), cancellationToken);
        await foreach (var row in source.Rows!.ReadAsync(cancellationToken))
        {
            await writer.WriteAsync(CsvLine.Format(row, source.Columns).AsMemory(), cancellationToken);
        }
    }

    private sealed record ExportSource(SourceDefinition Definition, SourceReceipt? Receipt, EvidenceRows? Rows, IReadOnlyList<string> Columns, bool Portability)
    {
        public SourceRow Project(SourceRow row) => Portability ? RowProjection.ProvidedByPerson(Definition, row) : row;
    }
}
