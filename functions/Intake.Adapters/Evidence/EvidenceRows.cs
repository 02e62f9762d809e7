using System.Buffers;
using System.Runtime.CompilerServices;
using Azure.Storage.Blobs.Specialized;
using Intake.Core.Sources;

namespace Intake.Adapters.Evidence;

/// <summary>A completed rows blob, read back line by line (never whole).</summary>
public sealed class EvidenceRows
{
    private const int ReadBytes = 1024 * 1024;

    private readonly BlockBlobClient blob;

    internal EvidenceRows(BlockBlobClient blob, EvidenceRowsIndex index)
    {
        this.blob = blob;
        Index = index;
    }

    public IReadOnlyList<string> Columns => Index.Columns;

    public int Count => Index.Rows;

    public EvidenceRowsIndex Index { get; }

    /// <summary>The rows in order.</summary>
    public async IAsyncEnumerable<SourceRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var stored in ReadStoredAsync(cancellationToken))
        {
            yield return stored.Row;
        }
    }

    /// <summary>
    /// The rows in order, each with the JSON it is stored as. One streamed download of the blob (the SDK resumes it if the connection
    /// drops), split into lines in a byte buffer and parsed from the bytes: no text decoding of
    /// whole lines, and no request per block. The buffer grows only for a line longer than it.
    /// </summary>
    public async IAsyncEnumerable<StoredRow> ReadStoredAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
        await using var stream = download.Value.Content;
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBytes);
        try
        {
            var start = 0;
            var end = 0;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
                end += read;
                var last = read == 0;
                while (start < end)
                {
                    var length = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                    if (length < 0)
                    {
                        if (!last)
                        {
                            break;
                        }

                        // The last line has no line feed after it.
                        length = end - start;
                    }

                    var lineStart = start;
                    start = Math.Min(end, start + length + 1);
                    if (length > 0)
                    {
                        var json = buffer.AsMemory(lineStart, length);
                        yield return new StoredRow(SourceRowJson.Read(json.Span), json);
                    }
                }

                if (last)
                {
                    yield break;
                }

                // Keep the unfinished line: move it to the front, or grow the buffer if it fills it.
                if (start == 0 && end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
