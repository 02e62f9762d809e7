using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Intake.Azure.Engine;
using Intake.Bench.Harness;
using Intake.Core.Requests;

namespace Intake.Bench.Timers;

/// <summary>
/// Benchmark 5: one timer scan (<see cref="WakeIndex.DueAsync"/>, as the scanner calls it with
/// room for 500) finding the 100 due requests among 1,000 open ones and among 100,000. The index
/// files wake-ups by hour, so the scan should read the same few rows either way.
/// </summary>
public sealed class TimerScanBench(BenchStorage storage, BenchScale scale, TextWriter log)
{
    public const int Due = 100;
    public const int SmallOpen = 1_000;
    private const int ScannerRoom = 500;

    public async Task<Figure> RunAsync()
    {
        // Half past an hour, so the scanned hour holds due entries and future ones alike.
        var utc = DateTime.UtcNow;
        var now = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 30, 0, TimeSpan.Zero);
        var prefix = storage.NewPrefix("wake");
        var small = new WakeIndex(new TableClient(storage.ConnectionString, prefix + "small"));
        var large = new WakeIndex(new TableClient(storage.ConnectionString, prefix + "large"));

        var seeding = Stopwatch.StartNew();
        var dueSmall = await new WakeSeeding(now, Due, SmallOpen).SeedAsync(small);
        var dueLarge = await new WakeSeeding(now, Due, scale.LargeWakeCount).SeedAsync(large);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  seeded {SmallOpen:N0} + {scale.LargeWakeCount:N0} wake entries in {seeding.Elapsed.TotalSeconds:0.0} s"));

        for (var i = 0; i < 3; i++)
        {
            await ScanAsync(small, now, dueSmall);
            await ScanAsync(large, now, dueLarge);
        }

        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        var smallEmpty = new List<double>();
        var largeEmpty = new List<double>();
        var emptyHour = now.AddHours(-6);
        for (var i = 0; i < scale.TimerScans; i++)
        {
            smallTimes.Add((await ScanAsync(small, now, dueSmall)).TotalMilliseconds);
            largeTimes.Add((await ScanAsync(large, now, dueLarge)).TotalMilliseconds);
            smallEmpty.Add((await EmptyPartitionQueryAsync(small.Table, emptyHour)).TotalMilliseconds);
            largeEmpty.Add((await EmptyPartitionQueryAsync(large.Table, emptyHour)).TotalMilliseconds);
        }

        var emptySmall = new Sampled(smallEmpty).Median;
        var emptyLarge = new Sampled(largeEmpty).Median;

        await small.Table.DeleteAsync();
        await large.Table.DeleteAsync();
        return new Figure(
            "timer-scan",
            string.Create(CultureInfo.InvariantCulture, $"Timer scan: {Due} due among {scale.LargeWakeCount:N0} open"),
            Measurement.Median(new Sampled(largeTimes), "ms"),
            string.Create(CultureInfo.InvariantCulture, $"{Due} due among {SmallOpen:N0} open"),
            Measurement.Median(new Sampled(smallTimes), "ms"),
            Aim.AboutEqual(1.25),
            string.Create(CultureInfo.InvariantCulture, $"{scale.TimerScans} scans each, alternating; each found exactly the {Due} due entries. Future entries are 100 per hour partition; the scanned hour holds the {Due} due and 100 later ones in both indexes. For comparison, a query of one hour partition that holds nothing took {emptyLarge:0.0} ms in the large index and {emptySmall:0.0} ms in the small one (ratio {emptyLarge / emptySmall:0.00}){(emptyLarge / emptySmall > 1.5 ? ": on this Azurite a partition query costs more the larger the table, even when the partition is empty, so the growth is the emulator's, not the index layout's (Azure Table storage serves a partition from its index)" : ": partition queries as such do not grow with the table here")}."));
    }

    /// <summary>A query of one hour partition with no entries: what the storage charges for a partition query as such.</summary>
    private static async Task<TimeSpan> EmptyPartitionQueryAsync(TableClient table, DateTimeOffset hour)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {hour.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture)}");
        var clock = Stopwatch.StartNew();
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, maxPerPage: 1))
        {
            throw new InvalidOperationException("The empty hour partition has entries.");
        }

        return clock.Elapsed;
    }

    private static async Task<TimeSpan> ScanAsync(WakeIndex index, DateTimeOffset now, IReadOnlySet<RequestId> expected)
    {
        var clock = Stopwatch.StartNew();
        var found = await index.DueAsync(now, ScannerRoom);
        var elapsed = clock.Elapsed;
        if (found.Count != expected.Count || !found.All(entry => expected.Contains(entry.Request)))
        {
            throw new InvalidOperationException($"The scan found {found.Count} entries, expected exactly the {expected.Count} due ones.");
        }

        return elapsed;
    }
}
