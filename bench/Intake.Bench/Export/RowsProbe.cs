using System.Diagnostics;
using System.IO.Compression;
using Azure.Storage.Blobs;

namespace Intake.Bench.Export;

/// <summary>
/// Where the export's time goes, piece by piece, on the collected rows blob: a raw download of it
/// (no parsing), and Deflate alone over it in memory at the level the assembler uses and at the
/// fastest level. The assembler reads, parses, serialises and compresses the rows twice (JSON and CSV).
/// </summary>
public static class RowsProbe
{
    public static async Task<RowsProbeResult> MeasureAsync(BlobClient rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var clock = Stopwatch.StartNew();
        var content = (await rows.DownloadContentAsync()).Value.Content.ToMemory();
        var download = clock.Elapsed;
        return new RowsProbeResult(
            Rate(content.Length, download),
            Rate(content.Length, await CompressAsync(content, CompressionLevel.Optimal)),
            Rate(content.Length, await CompressAsync(content, CompressionLevel.Fastest)));
    }

    private static async Task<TimeSpan> CompressAsync(ReadOnlyMemory<byte> content, CompressionLevel level)
    {
        var clock = Stopwatch.StartNew();
        await using (var deflate = new DeflateStream(Stream.Null, level))
        {
            await deflate.WriteAsync(content);
        }

        return clock.Elapsed;
    }

    private static double Rate(long bytes, TimeSpan time) => bytes / 1024.0 / 1024.0 / time.TotalSeconds;
}

/// <summary>MiB/s of the rows blob: downloaded raw, and deflated in memory at two levels.</summary>
public sealed record RowsProbeResult(double DownloadMegabytesPerSecond, double OptimalMegabytesPerSecond, double FastestMegabytesPerSecond);
