using System.Diagnostics;
using System.IO.Compression;
using Azure.Storage.Blobs;
using Intake.Azure.Export;

namespace Intake.Bench.Export;

/// <summary>
/// Where the export's time goes, piece by piece, on the collected rows blob: a raw download of it
/// (no parsing), and Deflate alone over it in memory at the level the assembler uses for text and
/// at the default ('Optimal') level, with the size each leaves.
/// </summary>
public static class RowsProbe
{
    public static async Task<RowsProbeResult> MeasureAsync(BlobClient rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var clock = Stopwatch.StartNew();
        var content = (await rows.DownloadContentAsync()).Value.Content.ToMemory();
        var download = clock.Elapsed;
        var (optimalTime, optimalBytes) = await CompressAsync(content, new ZLibCompressionOptions { CompressionLevel = 6 });
        var (textTime, textBytes) = await CompressAsync(content, EntryCompression.DeflateOptions());
        return new RowsProbeResult(
            Rate(content.Length, download),
            Rate(content.Length, optimalTime),
            Rate(content.Length, textTime),
            optimalBytes / (double)content.Length,
            textBytes / (double)content.Length);
    }

    private static async Task<(TimeSpan Time, long Bytes)> CompressAsync(ReadOnlyMemory<byte> content, ZLibCompressionOptions options)
    {
        var counter = new CountingStream();
        var clock = Stopwatch.StartNew();
        await using (var deflate = new DeflateStream(counter, options))
        {
            await deflate.WriteAsync(content);
        }

        return (clock.Elapsed, counter.Bytes);
    }

    private static double Rate(long bytes, TimeSpan time) => bytes / 1024.0 / 1024.0 / time.TotalSeconds;

    /// <summary>Counts what is written and keeps nothing.</summary>
    private sealed class CountingStream : Stream
    {
        public long Bytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position
        {
            get => Bytes;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Bytes += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Bytes += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>MiB/s of the rows blob downloaded raw and deflated in memory at two levels, and the share of its size each level leaves.</summary>
public sealed record RowsProbeResult(
    double DownloadMegabytesPerSecond,
    double OptimalMegabytesPerSecond,
    double TextLevelMegabytesPerSecond,
    double OptimalSizeRatio,
    double TextLevelSizeRatio);
