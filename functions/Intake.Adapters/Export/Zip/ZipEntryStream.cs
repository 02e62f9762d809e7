namespace Intake.Adapters.Export.Zip;

/// <summary>The open entry's data as a write-only stream, for an encoder that writes straight into the ZIP.</summary>
internal sealed class ZipEntryStream(ZipStreamWriter zip) : WriteOnlyStream
{

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

}
