using System.Buffers.Binary;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Intake.Adapters.Export;

/// <summary>
/// A write-only stream into a block blob that stages one block at a time, as the SDK's OpenWrite
/// stream does, but fills the next block while the previous one is on its way, and makes the blob
/// exist only on <see cref="CommitAsync"/>. An export that fails half-way therefore leaves no
/// truncated ZIP behind (and a previous complete one stays); its staged blocks are discarded by
/// storage. Flushes are not passed on, so every block but the last is full.
/// </summary>
internal sealed class BlockUploadStream : WriteOnlyStream
{
    private readonly BlockBlobClient blob;
    private readonly BlobHttpHeaders headers;
    private readonly List<string> blockIds = [];
    private readonly byte[] attempt = Guid.NewGuid().ToByteArray();
    private byte[] filling;
    private byte[] sending;
    private int filled;
    private Task? inFlight;
    private bool committed;

    public BlockUploadStream(BlockBlobClient blob, int blockBytes, BlobHttpHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockBytes);
        this.blob = blob;
        this.headers = headers;
        filling = new byte[blockBytes];
        sending = new byte[blockBytes];
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        while (buffer.Length > 0)
        {
            var take = Math.Min(buffer.Length, filling.Length - filled);
            buffer[..take].CopyTo(filling.AsMemory(filled));
            filled += take;
            buffer = buffer[take..];
            if (filled == filling.Length)
            {
                await SendFilledAsync(cancellationToken);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Sends what is left and commits the block list: the blob now holds everything written.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        if (filled > 0 || blockIds.Count == 0)
        {
            await SendFilledAsync(cancellationToken);
        }

        await (inFlight ?? Task.CompletedTask);
        await blob.CommitBlockListAsync(blockIds, new CommitBlockListOptions { HttpHeaders = headers }, cancellationToken);
        committed = true;
    }

    public override async ValueTask DisposeAsync()
    {
        // Not committed: the staged blocks stay uncommitted and storage drops them. Wait for the
        // block in flight so nothing runs on after the export has ended.
        if (inFlight is not null)
        {
            try
            {
                await inFlight;
            }
            catch (Exception e) when (e is global::Azure.RequestFailedException or IOException or OperationCanceledException)
            {
            }
        }

        await base.DisposeAsync();
    }

    private async Task SendFilledAsync(CancellationToken cancellationToken)
    {
        await (inFlight ?? Task.CompletedTask);
        (filling, sending) = (sending, filling);
        var length = filled;
        filled = 0;
        var id = BlockId(blockIds.Count);
        blockIds.Add(id);
        inFlight = StageAsync(id, sending, length, cancellationToken);
    }

    private async Task StageAsync(string id, byte[] block, int length, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(block, 0, length, writable: false);
        await blob.StageBlockAsync(id, content, cancellationToken: cancellationToken);
    }

    /// <summary>The attempt's GUID and the block number: every ID of a blob has the same length, and attempts never share one.</summary>
    private string BlockId(int number)
    {
        var id = new byte[20];
        attempt.CopyTo(id, 0);
        BinaryPrimitives.WriteInt32BigEndian(id.AsSpan(16), number);
        return Convert.ToBase64String(id);
    }
}
