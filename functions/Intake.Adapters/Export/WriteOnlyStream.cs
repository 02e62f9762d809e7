namespace Intake.Adapters.Export;

/// <summary>
/// A stream that only takes bytes, forward: what every stage of the export pipeline is (hashing,
/// compressing, spooling, handing off, uploading). Reading, seeking and a length make no sense for
/// any of them; this says so once.
/// </summary>
internal abstract class WriteOnlyStream : Stream
{
    public sealed override bool CanRead => false;

    public sealed override bool CanSeek => false;

    public sealed override bool CanWrite => true;

    public sealed override long Length => throw new NotSupportedException();

    /// <summary>Throws, unless a stage counts what it was given.</summary>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public sealed override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public sealed override void SetLength(long value) => throw new NotSupportedException();
}
