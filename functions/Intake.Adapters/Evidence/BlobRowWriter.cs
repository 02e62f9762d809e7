using System.Buffers;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Intake.Core.Sources;

namespace Intake.Adapters.Evidence;

/// <summary>
/// Streams rows as JSON Lines into a block blob: each row is serialized into a small reusable
/// buffer and appended, so a source of any size passes through a bounded amount of memory.
/// </summary>
internal sealed class BlobRowWriter : IRowWriter
{
    private readonly Stream stream;
    private readonly BlockBlobClient indexBlob;
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly List<string> columns = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private bool closed;

    private BlobRowWriter(string blobName, Stream stream, BlockBlobClient indexBlob)
    {
        BlobName = blobName;
        this.stream = stream;
        this.indexBlob = indexBlob;
    }

    public string BlobName { get; }

    public int Rows { get; private set; }

    public static async Task<BlobRowWriter> OpenAsync(BlockBlobClient rowsBlob, BlockBlobClient indexBlob, int bufferSize, CancellationToken cancellationToken)
    {
        // A previous attempt's index would claim rows this attempt has not written yet.
        await indexBlob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        var stream = await rowsBlob.OpenWriteAsync(
            overwrite: true,
            new BlockBlobOpenWriteOptions { BufferSize = bufferSize },
            cancellationToken);
        return new BlobRowWriter(rowsBlob.Name, stream, indexBlob);
    }

    public async Task WriteAsync(SourceRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        ObjectDisposedException.ThrowIf(closed, this);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            SourceRowJson.Write(writer, row);
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
        foreach (var (name, _) in row.Fields)
        {
            if (seen.Add(name))
            {
                columns.Add(name);
            }
        }

        Rows++;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(closed, this);
        closed = true;
        await stream.DisposeAsync();
        var index = JsonSerializer.SerializeToUtf8Bytes(new EvidenceRowsIndex(columns, Rows), SourceJson.Options);
        await indexBlob.UploadAsync(new BinaryData(index).ToStream(), cancellationToken: cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!closed)
        {
            closed = true;
            await stream.DisposeAsync();
        }
    }
}
