using System.Buffers;
using System.Threading.Channels;

namespace Intake.Adapters.Export;

/// <summary>
/// A write-only stream that gathers what is written into chunks and hands each full chunk to a
/// task of its own, which writes it into the inner stream. Hashing and compressing an entry (the
/// inner stream) then runs on another core than the code producing its content, and the JSON and
/// CSV files of a source compress side by side. At most a few chunks wait, so memory stays bounded
/// and a slow inner stream holds the writer back.
/// </summary>
internal sealed class HandOffStream : WriteOnlyStream
{
    private const int ChunksWaiting = 4;

    private readonly Stream inner;
    private readonly int chunkBytes;
    private readonly Channel<(byte[] Chunk, int Length)> chunks;
    private readonly Task consumer;
    private byte[] current;
    private int used;
    private bool completed;

    public HandOffStream(Stream inner, int chunkBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkBytes);
        this.inner = inner;
        this.chunkBytes = chunkBytes;
        chunks = Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(ChunksWaiting) { SingleReader = true, SingleWriter = true });
        current = ArrayPool<byte>.Shared.Rent(chunkBytes);
        consumer = Task.Run(() => ConsumeAsync(cancellationToken), CancellationToken.None);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        while (buffer.Length > 0)
        {
            var take = Math.Min(buffer.Length, chunkBytes - used);
            buffer[..take].CopyTo(current.AsMemory(used));
            used += take;
            buffer = buffer[take..];
            if (used == chunkBytes)
            {
                await HandOverAsync(cancellationToken);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Blocking a thread on a full hand-off would stall the producer's thread pool: write asynchronously.</summary>
    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Write to a hand-off stream asynchronously.");

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Hands over the last chunk and waits until the inner stream has taken everything (or throws what it failed with).</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        if (used > 0)
        {
            await HandOverAsync(cancellationToken);
        }

        completed = true;
        chunks.Writer.TryComplete();
        await consumer;
    }

    public override async ValueTask DisposeAsync()
    {
        if (!completed)
        {
            // Abandoned (the producer failed): stop the consumer and drop what waits.
            completed = true;
            chunks.Writer.TryComplete();
            await consumer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (chunks.Reader.TryRead(out var waiting))
            {
                ArrayPool<byte>.Shared.Return(waiting.Chunk);
            }
        }

        ArrayPool<byte>.Shared.Return(current);
        current = [];
        await base.DisposeAsync();
    }

    private async ValueTask HandOverAsync(CancellationToken cancellationToken)
    {
        try
        {
            await chunks.Writer.WriteAsync((current, used), cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // The consumer stopped: its failure is the one to report.
            await consumer;
            throw;
        }

        current = ArrayPool<byte>.Shared.Rent(chunkBytes);
        used = 0;
    }

    private async Task ConsumeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (chunk, length) in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    inner.Write(chunk, 0, length);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(chunk);
                }
            }
        }
        catch (Exception e)
        {
            chunks.Writer.TryComplete(e);
            throw;
        }
    }
}
