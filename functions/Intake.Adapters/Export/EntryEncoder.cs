using System.IO.Compression;
using System.IO.Hashing;
using System.Security.Cryptography;
using Intake.Adapters.Export.Zip;

namespace Intake.Adapters.Export;

/// <summary>
/// The stream one export file's content is written into: it takes the SHA-256 (for the manifest),
/// the CRC-32 and size (for the ZIP) of the content as it passes, and compresses it into
/// <c>sink</c> by the entry's method. Flushes are not passed on: a JSON or text writer flushing
/// every few kilobytes would make Deflate end a block each time. <see cref="Complete"/> ends the
/// compressed stream and says what was encoded.
/// </summary>
internal sealed class EntryEncoder : WriteOnlyStream
{
    private readonly string name;
    private readonly ZipMethod method;
    private readonly Stream sink;
    private readonly Stream? deflate;
    private readonly IncrementalHash sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Crc32 crc32 = new();
    private long bytes;
    private EncodedEntry? result;

    public EntryEncoder(string name, Stream sink)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(sink);
        this.name = name;
        this.sink = sink;
        method = EntryCompression.MethodFor(name);
        deflate = method == ZipMethod.Deflate ? new DeflateStream(sink, EntryCompression.DeflateOptions(), leaveOpen: true) : null;
    }

    public override long Position
    {
        get => bytes;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(result is not null, this);
        sha256.AppendData(buffer);
        crc32.Append(buffer);
        bytes += buffer.Length;
        (deflate ?? sink).Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(result is not null, this);
        sha256.AppendData(buffer.Span);
        crc32.Append(buffer.Span);
        bytes += buffer.Length;
        await (deflate ?? sink).WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Ends the content: the rest of the compressed stream goes to the sink (which stays open).</summary>
    public async Task<EncodedEntry> CompleteAsync()
    {
        if (result is null)
        {
            if (deflate is not null)
            {
                await deflate.DisposeAsync();
            }

            result = new EncodedEntry(name, method, crc32.GetCurrentHashAsUInt32(), bytes, Convert.ToHexStringLower(sha256.GetHashAndReset()));
        }

        return result;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (result is null && deflate is not null)
            {
                // Abandoned after a failure: release zlib. Ending its stream writes to a sink that may
                // have failed as well, and the failure that got us here is the one to report.
                try
                {
                    deflate.Dispose();
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
                {
                }
            }

            sha256.Dispose();
        }

        base.Dispose(disposing);
    }
}
