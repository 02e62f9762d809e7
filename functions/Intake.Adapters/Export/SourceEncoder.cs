using System.Buffers;
using System.Text.Json;
using Intake.Adapters.Export.Spooling;
using Intake.Core.Reports;
using Intake.Core.Sources;

namespace Intake.Adapters.Export;

/// <summary>
/// One source's data files, made in one read of its rows: each row is parsed once and goes both
/// into data/&lt;source&gt;.json (the stored JSON line itself, or the Art 20 subset written anew)
/// and into data/&lt;source&gt;.csv. Each file is hashed and compressed on a task of its own
/// (<see cref="HandOffStream"/>) into a spool of its own, from which the ZIP copies it when its
/// turn comes. The first rows are kept for the report, which comes first in the ZIP.
/// </summary>
internal sealed class SourceEncoder : IDisposable
{
    // UTF-8 with a byte order mark: spreadsheet programs (notably Excel) read a CSV without one in
    // the legacy code page and would garble ä, ö and å in Finnish and Swedish names.
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // Rows gather in a small buffer per file and move on in 64 KiB pieces; the hand-off to the
    // task that hashes and compresses the file goes in chunks of 256 KiB.
    private const int FlushBytes = 64 * 1024;
    private const int HandOffBytes = 256 * 1024;

    private readonly TaskCompletionSource<IReadOnlyList<SourceRow>> preview = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<EncodedEntry> jsonEntry = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<EncodedEntry> csvEntry = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    public Task<EncodedEntry> Json => jsonEntry.Task;

    public Task<EncodedEntry> Csv => csvEntry.Task;

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
        jsonEntry.TrySetException(error);
        csvEntry.TrySetException(error);
        JsonSpool.Fail(error);
        CsvSpool.Fail(error);
    }

    private async Task EncodeAsync(CancellationToken cancellationToken)
    {
        var shown = new List<SourceRow>(Math.Min(Source.Rows!.Count, AccessReport.MaxRowsShown));
        using var jsonEncoder = new EntryEncoder(Source.JsonFile, JsonSpool);
        using var csvEncoder = new EntryEncoder(Source.CsvFile, CsvSpool);
        var json = new ArrayBufferWriter<byte>(2 * FlushBytes);
        var csv = new ArrayBufferWriter<byte>(2 * FlushBytes);
        await using (var jsonOut = new HandOffStream(jsonEncoder, HandOffBytes, cancellationToken))
        await using (var csvOut = new HandOffStream(csvEncoder, HandOffBytes, cancellationToken))
        {
            using var projected = Source.Portability ? new Utf8JsonWriter(json) : null;
            csv.Write(Utf8Bom);
            CsvRecordWriter.Write(csv, Source.Columns);
            json.Write("["u8);
            var first = true;
            await foreach (var stored in Source.Rows.ReadStoredAsync(cancellationToken))
            {
                var row = Source.Project(stored.Row);
                if (shown.Count < AccessReport.MaxRowsShown)
                {
                    shown.Add(row);
                    if (shown.Count == AccessReport.MaxRowsShown)
                    {
                        preview.TrySetResult(shown);
                    }
                }

                if (!first)
                {
                    json.Write(","u8);
                }

                first = false;
                if (projected is null)
                {
                    // The stored line is the row as SourceRowJson writes it: copied, not written again.
                    json.Write(stored.Json.Span);
                }
                else
                {
                    projected.Reset(json);
                    SourceRowJson.Write(projected, row);
                    projected.Flush();
                }

                CsvRecordWriter.Write(csv, row, Source.Columns);
                await PassOnAsync(json, jsonOut, FlushBytes, cancellationToken);
                await PassOnAsync(csv, csvOut, FlushBytes, cancellationToken);
            }

            preview.TrySetResult(shown);
            json.Write("]"u8);
            await PassOnAsync(json, jsonOut, 0, cancellationToken);
            await PassOnAsync(csv, csvOut, 0, cancellationToken);
            await jsonOut.CompleteAsync(cancellationToken);
            await csvOut.CompleteAsync(cancellationToken);
        }

        jsonEntry.TrySetResult(await jsonEncoder.CompleteAsync());
        JsonSpool.Complete();
        csvEntry.TrySetResult(await csvEncoder.CompleteAsync());
        CsvSpool.Complete();
    }

    private static async ValueTask PassOnAsync(ArrayBufferWriter<byte> written, HandOffStream destination, int atLeast, CancellationToken cancellationToken)
    {
        if (written.WrittenCount > atLeast)
        {
            await destination.WriteAsync(written.WrittenMemory, cancellationToken);
            written.ResetWrittenCount();
        }
    }

    public void Dispose()
    {
        JsonSpool.Dispose();
        CsvSpool.Dispose();
    }
}
