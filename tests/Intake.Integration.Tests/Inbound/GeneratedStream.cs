using System.Text;

namespace Intake.Integration.Tests.Inbound;

/// <summary>
/// A read-only stream that produces <c>head</c>, then <c>filler</c> repeated up to a total size,
/// then <c>tail</c> — generated as it is read, so a 50 MB message never exists in memory or on
/// disk. <see cref="BytesRead"/> shows how much the reader really consumed.
/// </summary>
internal sealed class GeneratedStream(byte[] head, byte[] filler, long fillerBytes, byte[] tail) : Stream
{
    private long position;

    public GeneratedStream(string head, string filler, long fillerBytes, string tail)
        : this(Encoding.ASCII.GetBytes(head), Encoding.ASCII.GetBytes(filler), fillerBytes, Encoding.ASCII.GetBytes(tail))
    {
    }

    public long BytesRead => position;

    public override long Length => head.Length + fillerBytes + tail.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && position < Length)
        {
            buffer[offset + written] = ByteAt(position);
            written++;
            position++;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long at)
    {
        if (at < head.Length)
        {
            return head[at];
        }

        var inFiller = at - head.Length;
        return inFiller < fillerBytes ? filler[inFiller % filler.Length] : tail[inFiller - fillerBytes];
    }
}
