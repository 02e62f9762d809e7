using System.Diagnostics;
using System.IO.Compression;
using Azure.Storage.Blobs;
using Intake.Adapters.Export;

namespace Intake.Bench.Export;

/// <summary>
/// Where the export's time goes, piece by piece: a raw download of the collected rows blob (no
/// parsing), and Deflate alone, in memory on one thread, over the very data files of the
/// assembled ZIP (data/*.json and .csv, decompressed first) at the level the assembler uses for
/// text and at the default ('Optimal') level, with the size each leaves. Deflate alone is the
/// least CPU any export of these files at that level needs.
/// </summary>
public static class RowsProbe
{
    public static async Task<RowsProbeResult> MeasureAsync(BlobClient rows, string zipFile)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var clock = Stopwatch.StartNew();
        var evidence = (await rows.DownloadContentAsync()).Value.Content.ToMemory();
        var download = clock.Elapsed;
        var downloadRate = Rate(evidence.Length, download);
        evidence = default;

        long bytes = 0, optimalBytes = 0, textBytes = 0;
        TimeSpan optimalTime = default, textTime = default;
        using var zip = ZipFile.OpenRead(zipFile);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("data/", StringComparison.Ordinal)))
        {
            var content = new byte[entry.Length];
            await using (var stream = entry.Open())
            {
                await stream.ReadExactlyAsync(content);
            }

            bytes += content.Length;
            var (time, size) = await CompressAsync(content, new ZLibCompressionOptions { CompressionLevel = 6 });
            optimalTime += time;
            optimalBytes += size;
            (time, size) = await CompressAsync(content, EntryCompression.DeflateOptions());
            textTime += time;
            textBytes += size;
        }

        return new RowsProbeResult(
            downloadRate,
            bytes,
            optimalTime.TotalSeconds,
            textTime.TotalSeconds,
            optimalBytes / (double)bytes,
            textBytes / (double)bytes);
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

/// <summary>MiB/s of the rows blob downloaded raw; the data files' uncompressed bytes, the seconds Deflate alone took over them at two levels and the share of their size each level leaves.</summary>
public sealed record RowsProbeResult(
    double DownloadMegabytesPerSecond,
    long DataFileBytes,
    double OptimalSeconds,
    double TextLevelSeconds,
    double OptimalSizeRatio,
    double TextLevelSizeRatio);
