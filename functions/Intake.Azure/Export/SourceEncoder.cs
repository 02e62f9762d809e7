using System.Text;
using System.Text.Json;
using Intake.Azure.Export.Spooling;
using Intake.Core.Reports;
using Intake.Core.Sources;

namespace Intake.Azure.Export;

/// <summary>
/// One source's data files, made in one read of its rows: each row is parsed once and written
/// both into data/&lt;source&gt;.json and into data/&lt;source&gt;.csv, each encoded (hashed,
/// compressed) into a spool of its own, from which the ZIP copies them when their turn comes.
/// The first rows are kept for the report, which comes first in the ZIP.
/// </summary>
internal sealed class SourceEncoder : IDisposable
{
    // UTF-8 with a byte order mark: spreadsheet programs (notably Excel) read a CSV without one in
    // the legacy code page and would garble ä, ö and å in Finnish and Swedish names.
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const int FlushBytes = 64 * 1024;

    private readonly TaskCompletionSource<IReadOnlyList<SourceRow>> preview = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<EncodedEntry> json = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<EncodedEntry> csv = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SourceEncoder(ExportSource source, string spoolFolder, int spoolChunkBytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Rows is null)
        {
            throw new ArgumentException("A source without rows has no data files.", nameof(source));
        }

        Source = source;
        JsonSpool = new Spool(spoolFolder, spoolChunkBytes);
        CsvSpool = new Spool(spoolFolder, spoolChunkBytes);
    }

    public ExportSource Source { get; }

    /// <summary>The compressed JSON file, readable while it is being written.</summary>
    public Spool JsonSpool { get; }

    /// <summary>The compressed CSV file, readable while it is being written.</summary>
    public Spool CsvSpool { get; }

    /// <summary>The first rows (as exported), at most <see cref="AccessReport.MaxRowsShown"/>; known long before the rest.</summary>
    public Task<IReadOnlyList<SourceRow>> Preview => preview.Task;

    public Task<EncodedEntry> Json => json.Task;

    public Task<EncodedEntry> Csv => csv.Task;

    /// <summary>Reads the rows once and encodes both files. On failure the spools and tasks carry the error.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EncodeAsync(cancellationToken);
        }
        catch (Exception e)
        {
            Fail(e);
            throw;
        }
    }

    /// <summary>Gives up (also before it began): whoever waits for its files gets <paramref name="error"/>.</summary>
    public void Fail(Exception error)
    {
        preview.TrySetException(error);
        json.TrySetException(error);
        csv.TrySetException(error);
        JsonSpool.Fail(error);
        CsvSpool.Fail(error);
    }

    private async Task EncodeAsync(CancellationToken cancellationToken)
    {
        var shown = new List<SourceRow>(Math.Min(Source.Rows!.Count, AccessReport.MaxRowsShown));
        using var jsonEncoder = new EntryEncoder(Source.JsonFile, JsonSpool);
        using var csvEncoder = new EntryEncoder(Source.CsvFile, CsvSpool);
        using (var jsonWriter = new Utf8JsonWriter(jsonEncoder, new JsonWriterOptions { Indented = false }))
        using (var csvWriter = new StreamWriter(csvEncoder, Utf8, FlushBytes, leaveOpen: true))
        {
            csvEncoder.Write(Utf8Bom);
            csvWriter.Write(CsvLine.Format(Source.Columns));
            jsonWriter.WriteStartArray();
            await foreach (var stored in Source.Rows.ReadAsync(cancellationToken))
            {
                var row = Source.Project(stored);
                if (shown.Count < AccessReport.MaxRowsShown)
                {
                    shown.Add(row);
                    if (shown.Count == AccessReport.MaxRowsShown)
                    {
                        preview.TrySetResult(shown);
                    }
                }

                SourceRowJson.Write(jsonWriter, row);
                if (jsonWriter.BytesPending > FlushBytes)
                {
                    jsonWriter.Flush();
                }

                csvWriter.Write(CsvLine.Format(row, Source.Columns));
            }

            preview.TrySetResult(shown);
            jsonWriter.WriteEndArray();
        }

        json.TrySetResult(await jsonEncoder.CompleteAsync());
        JsonSpool.Complete();
        csv.TrySetResult(await csvEncoder.CompleteAsync());
        CsvSpool.Complete();
    }

    public void Dispose()
    {
        JsonSpool.Dispose();
        CsvSpool.Dispose();
    }
}
