using System.Diagnostics;
using System.Globalization;
using Intake.Bench.Harness;
using Intake.Core.Notifications;
using Intake.Local.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// Benchmark 2: time from submitting a request to its verification mail being in the outbox, one
/// request at a time, with the engine's default polling — against the bare storage path of the
/// same shape (<see cref="RawMailPipeline"/>) polled the same way. Samples alternate.
/// </summary>
public sealed class LatencyBench(BenchHost host, RequestDoor door, BenchStorage storage, StorageCallCounter counter, BenchScale scale, TextWriter log)
{
    /// <summary>How often the observer looks for the mail; it adds up to this much to both sides.</summary>
    private static readonly TimeSpan ObserverInterval = TimeSpan.FromMilliseconds(10);

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var engine = host.Services.GetRequiredService<EngineSettings>();
        await using var raw = await RawMailPipeline.StartAsync(storage.ConnectionString, storage.NewPrefix("mail"), engine.MaxQueuePollingInterval);

        for (var i = 0; i < 5; i++)
        {
            await MeasureIntakeAsync();
            await raw.MeasureAsync(ObserverInterval);
        }

        var intake = new List<double>();
        var baseline = new List<double>();
        var submitCalls = new List<double>();
        for (var i = 0; i < scale.LatencySamples; i++)
        {
            await PollPhase.RandomPauseAsync(engine.MaxQueuePollingInterval);
            var (elapsed, calls) = await MeasureIntakeAsync();
            intake.Add(elapsed.TotalMilliseconds);
            submitCalls.Add(calls);
            await PollPhase.RandomPauseAsync(engine.MaxQueuePollingInterval);
            baseline.Add((await raw.MeasureAsync(ObserverInterval)).TotalMilliseconds);
        }

        var measured = new Sampled(intake);
        var bare = new Sampled(baseline);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  submit → verification mail: p50 {measured.Median:0} ms, p95 {measured.P95:0} ms; bare path p50 {bare.Median:0} ms, p95 {bare.P95:0} ms"));
        var notes = string.Create(
            CultureInfo.InvariantCulture,
            $"{scale.LatencySamples} sequential requests ({door.Label}), each after a random pause shorter than the poll interval, outbox polled every {ObserverInterval.TotalMilliseconds:0} ms; the engine's worker polls an empty queue every {engine.MaxQueuePollingInterval.TotalMilliseconds:0} ms (default), and so does the baseline's consumer, so about half an interval of each figure is waiting for the next poll. Storage calls before the answer: {new Sampled(submitCalls).Median:0} (median, includes the worker's idle polls meanwhile).");
        return
        [
            new Figure("mail-latency-p50", "Submit → verification mail in outbox, p50", Measurement.Median(measured, "ms"), "bare row + queue + polling consumer, p50", Measurement.Median(bare, "ms"), null, notes),
            new Figure("mail-latency-p95", "Submit → verification mail in outbox, p95", Measurement.P95(measured, "ms"), "bare row + queue + polling consumer, p95", Measurement.P95(bare, "ms"), null, notes),
        ];
    }

    private async Task<(TimeSpan Elapsed, long SubmitCalls)> MeasureIntakeAsync()
    {
        var clock = Stopwatch.StartNew();
        var before = counter.CallsTo(storage.Ports);
        var (accepted, email) = await door.OpenAsync();
        var calls = counter.CallsTo(storage.Ports) - before;
        if (!accepted)
        {
            throw new InvalidOperationException("A latency request was not accepted.");
        }

        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var page = await host.Outbox.ListAsync(1, null, email);
            if (page.Mails.Count > 0)
            {
                var mail = page.Mails[0];
                if (mail.Kind != nameof(MailKind.VerificationRequested))
                {
                    throw new InvalidOperationException($"The first mail was {mail.Kind}, not the verification mail.");
                }

                return (clock.Elapsed, calls);
            }

            await Task.Delay(ObserverInterval);
        }

        throw new TimeoutException("No verification mail within 30 s.");
    }
}
