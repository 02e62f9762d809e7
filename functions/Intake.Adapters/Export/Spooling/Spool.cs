using System.Runtime.ExceptionServices;
using Microsoft.Win32.SafeHandles;

namespace Intake.Adapters.Export.Spooling;

/// <summary>
/// A temporary file that one side writes while the other reads it behind the writer, so an
/// entry encoded ahead of its turn in the ZIP waits on disk instead of in memory, and the entry
/// whose turn it is streams through with a lag of one chunk. The writer appends through this
/// stream; the reader follows with <see cref="ReadAsync(long, Memory{byte}, CancellationToken)"/>. The file is deleted when the spool is disposed.
/// </summary>
internal sealed class Spool : WriteOnlyStream
{
    private readonly SafeFileHandle file;
    private readonly byte[] chunk;
    private int buffered;
    private long published;
    private bool completed;
    private ExceptionDispatchInfo? failure;
    private TaskCompletionSource changed = NewSignal();

    /// <param name="folder">Where the temporary file goes.</param>
    /// <param name="chunkBytes">How much is gathered in memory before it is written and becomes readable.</param>
    public Spool(string folder, int chunkBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkBytes);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"intake-export-{Guid.NewGuid():N}.spool");
        file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        chunk = new byte[chunkBytes];
    }

    /// <summary>Bytes the reader can have (written to the file).</summary>
    public long Published => Volatile.Read(ref published);

    public override long Position
    {
        get => published + buffered;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        while (buffer.Length > 0)
        {
            var take = Math.Min(buffer.Length, chunk.Length - buffered);
            buffer[..take].CopyTo(chunk.AsSpan(buffered));
            buffered += take;
            buffer = buffer[take..];
            if (buffered == chunk.Length)
            {
                Publish();
            }
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // A write to the page cache: doing it inline is cheaper than the async machinery around it.
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    /// <summary>Nothing is published on a flush: the reader gets whole chunks, and the last one at <see cref="Complete"/>.</summary>
    public override void Flush()
    {
    }

    /// <summary>The writer is done: everything becomes readable and the reader sees the end.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }

        Publish();
        completed = true;
        Signal();
    }

    /// <summary>The writer failed: the reader gets <paramref name="error"/> instead of the rest.</summary>
    public void Fail(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        failure ??= ExceptionDispatchInfo.Capture(error);
        completed = true;
        Signal();
    }

    /// <summary>
    /// Reads from <paramref name="offset"/>, waiting while the writer has not got that far; 0 at the
    /// end of a completed spool. Throws what the writer failed with.
    /// </summary>
    public async ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Take the signal before looking, so a publication in between is not missed.
            var next = Volatile.Read(ref changed).Task;
            failure?.Throw();
            var available = Published - offset;
            if (available > 0)
            {
                return await RandomAccess.ReadAsync(file, buffer[..(int)Math.Min(buffer.Length, available)], offset, cancellationToken);
            }

            if (Volatile.Read(ref completed))
            {
                failure?.Throw();
                return 0;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            completed = true;
            file.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Publish()
    {
        if (buffered == 0)
        {
            return;
        }

        RandomAccess.Write(file, chunk.AsSpan(0, buffered), published);
        Volatile.Write(ref published, published + buffered);
        buffered = 0;
        Signal();
    }

    private void Signal() => Interlocked.Exchange(ref changed, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
