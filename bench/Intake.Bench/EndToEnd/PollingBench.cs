using System.Diagnostics;
using System.Globalization;
using Intake.Bench.Harness;
using Intake.Core.Notifications;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// Benchmark: what the engine's queue polling costs and buys. For three values of
/// <c>Engine:MaxQueuePollingMilliseconds</c> (100, the default 500, 2000) the local host is left idle
/// and its storage calls per second are counted, then requests are submitted one at a time and the
/// time to their verification mail is measured. The figure compares the default with the slowest
/// setting; the notes hold all three.
/// </summary>
public sealed class PollingBench(BenchStorage storage, StorageCallCounter counter, BenchScale scale, TextWriter log)
{
    private static readonly int[] Settings = [100, 500, 2000];

    private const int Samples = 10;

    public async Task<Figure> RunAsync()
    {
        var results = new Dictionary<int, (double IdleCallsPerSecond, double MailP50)>();
        foreach (var milliseconds in Settings)
        {
            results[milliseconds] = await MeasureAsync(milliseconds);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  polling at most every {milliseconds} ms: idle {results[milliseconds].IdleCallsPerSecond:0.0} storage calls/s; submit → verification mail p50 {results[milliseconds].MailP50:0} ms"));
        }

        var table = string.Join("; ", Settings.Select(ms => string.Create(CultureInfo.InvariantCulture, $"{ms} ms: idle {results[ms].IdleCallsPerSecond:0.0} calls/s, mail p50 {results[ms].MailP50:0} ms")));
        return new Figure(
            "engine-polling",
            "Idle engine storage calls/s, default polling (at most every 500 ms)",
            Measurement.Single(results[500].IdleCallsPerSecond, "calls/s"),
            "the same at most every 2000 ms",
            Measurement.Single(results[2000].IdleCallsPerSecond, "calls/s"),
            null,
            string.Create(CultureInfo.InvariantCulture, $"Each host idle for {scale.PollingIdle.TotalSeconds:0} s with its partitions' control queues and the work-item queue polled (backing off to the setting), lease renewals included; then {Samples} requests one at a time. {table}. In Azure each call is a storage transaction, so polling is what an idle task hub costs; the default trades a few calls a second for a sub-second first step."));
    }

    private async Task<(double, double)> MeasureAsync(int milliseconds)
    {
        await using var host = await BenchHost.StartAsync(storage, settings: new Dictionary<string, string?> { ["Engine:MaxQueuePollingMilliseconds"] = milliseconds.ToString(CultureInfo.InvariantCulture) });
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var door = await RequestDoor.ChooseAsync(host, client);

        // Let the start-up work and the probe's mail settle, so idle means idle.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var before = counter.CallsTo(storage.Ports);
        await Task.Delay(scale.PollingIdle);
        var idle = (counter.CallsTo(storage.Ports) - before) / scale.PollingIdle.TotalSeconds;

        var latencies = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            await PollPhase.RandomPauseAsync(TimeSpan.FromMilliseconds(milliseconds));
            var clock = Stopwatch.StartNew();
            var (accepted, email) = await door.OpenAsync();
            if (!accepted)
            {
                throw new InvalidOperationException("A polling benchmark request was not accepted.");
            }

            while ((await host.Outbox.ListAsync(1, null, email)).Mails is not [{ Kind: nameof(MailKind.VerificationRequested) }])
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException("No verification mail within 30 s.");
                }

                await Task.Delay(10);
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (idle, new Sampled(latencies).Median);
    }
}
