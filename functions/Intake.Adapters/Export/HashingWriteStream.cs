using System.Security.Cryptography;

namespace Intake.Adapters.Export;

/// <summary>
/// A write-only pass-through that hashes (SHA-256) and counts what goes through: the ZIP's own
/// hash and size for the export summary are computed while streaming, never by reading back
/// (each file's hash in the manifest comes from its <see cref="EntryEncoder"/>). It does not pass
/// flushes on, so the upload below stages full blocks only (a blob holds at most 50,000 blocks).
/// </summary>
internal sealed class HashingWriteStream(Stream inner, bool leaveOpen) : WriteOnlyStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? finalHash;

    public long Bytes { get; private set; }

    public override long Position
    {
        get => Bytes;
        set => throw new NotSupportedException();
    }

    /// <summary>The hex SHA-256 of everything written; call once writing is over.</summary>
    public string HashHex() => finalHash ??= Convert.ToHexStringLower(hash.GetHashAndReset());

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        hash.AppendData(buffer);
        Bytes += buffer.Length;
        inner.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        hash.AppendData(buffer.Span);
        Bytes += buffer.Length;
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!leaveOpen)
            {
                inner.Dispose();
            }

            hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
