namespace Intake.Azure.Export.Zip;

/// <summary>The open entry's data as a write-only stream, for an encoder that writes straight into the ZIP.</summary>
internal sealed class ZipEntryStream(ZipStreamWriter zip) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        zip.WriteDataAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        zip.WriteDataAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>The ZIP goes to storage over the network: writing it synchronously would block a thread on every block.</summary>
    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Write to a ZIP entry asynchronously.");

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
