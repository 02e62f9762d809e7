using Intake.Core.Inbound;

namespace Intake.Web.Inbound;

/// <summary>
/// A read-only view of a stream that stops with <see cref="InboundLimitExceededException"/> as soon
/// as more than <c>limit</c> bytes have been read: a 50 MB post is refused after the first 25 MB
/// without the rest ever being read, let alone buffered.
/// </summary>
internal sealed class SizeLimitedStream(Stream inner, long limit, RejectionReason reason = RejectionReason.TooLarge) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Allowance(count)));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer[..Allowance(buffer.Length)]));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer[..Allowance(buffer.Length)], cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Never ask the source for more than one byte past the limit: that byte proves the limit is crossed.
    private int Allowance(int requested) => (int)Math.Min(requested, Math.Max(1, limit + 1 - read));

    private int Count(int bytes)
    {
        read += bytes;
        return read > limit ? throw new InboundLimitExceededException(reason) : bytes;
    }
}
