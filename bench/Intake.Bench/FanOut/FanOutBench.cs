using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Intake.Bench.EndToEnd;
using Intake.Bench.Harness;
using Intake.Core.DataControllers;
using Intake.Core.Deadlines;
using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Local.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.FanOut;

/// <summary>
/// Benchmark 4: time from a staff approval to the start of the export effect for a request whose
/// 20 sources each take 200 ms, against the same for one such source, through the real local host
/// on the Durable Task engine (the orchestrator schedules one activity per source and awaits them
/// together). Only the work inside the effects is simulated (<see cref="DelayingExecutor"/>). An
/// ideal fan-out makes the two equal; running the sources one by one would make the ratio about 20.
/// </summary>
public sealed class FanOutBench(BenchStorage storage, BenchScale scale, TextWriter log)
{
    public const int ManySources = 20;

    public static readonly TimeSpan SourceDelay = TimeSpan.FromMilliseconds(200);

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var executor = new DelayingExecutor(SourceDelay);
        await using var host = await BenchHost.StartAsync(storage, services => services.AddSingleton<IEffectExecutor>(executor));
        var gateway = host.Services.GetRequiredService<IRequestGateway>();
        var history = host.Services.GetRequiredService<TaskHubHistory>();
        await RunOnceAsync(gateway, executor, 1);
        await RunOnceAsync(gateway, executor, ManySources);
        var one = new List<Run>();
        var many = new List<Run>();
        var oneHistory = new List<double>();
        var manyHistory = new List<double>();
        for (var i = 0; i < scale.FanOutRuns; i++)
        {
            var single = await RunOnceAsync(gateway, executor, 1);
            one.Add(single);
            oneHistory.Add(await HistoryKilobytesAsync(history, single.Id));
            var wide = await RunOnceAsync(gateway, executor, ManySources);
            many.Add(wide);
            manyHistory.Add(await HistoryKilobytesAsync(history, wide.Id));
        }

        var manyTimes = new Sampled(many.Select(r => r.Total).ToList());
        var oneTimes = new Sampled(one.Select(r => r.Total).ToList());
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  approval → export: {ManySources} sources {manyTimes.Median:0} ms, 1 source {oneTimes.Median:0} ms"));
        var fanOut = new Figure(
            "fan-out",
            $"Approval → export effect, {ManySources} sources of {SourceDelay.TotalMilliseconds:0} ms",
            Measurement.Median(manyTimes, "ms"),
            $"1 source of {SourceDelay.TotalMilliseconds:0} ms",
            Measurement.Median(oneTimes, "ms"),
            Aim.AtMost(2),
            string.Create(
                CultureInfo.InvariantCulture,
                $"{scale.FanOutRuns} runs each, alternating, on the Durable Task engine in the local host (default Engine:* settings). Median timeline with {ManySources} sources: first source began {Median(many, r => r.FirstSourceStart)} ms after the approval, the last one ended at {Median(many, r => r.LastSourceEnd)} ms, the export began at {Median(many, r => r.Total)} ms; with 1 source: {Median(one, r => r.FirstSourceStart)}, {Median(one, r => r.LastSourceEnd)} and {Median(one, r => r.Total)} ms. Between the last source and the export lie the receipts decided in the orchestrator, one publication of the new events and the scheduling of the export activity."));
        var largest = new Figure(
            "history-size",
            $"Largest engine history of a request, {ManySources} sources",
            Measurement.Single(manyHistory.Max(), "KB"),
            "the same with 1 source",
            Measurement.Single(oneHistory.Max(), "KB"),
            null,
            string.Create(CultureInfo.InvariantCulture, $"The task hub's history rows kept for the instance, measured once its export had begun: the generation with the fan-out (every source's activity scheduled and completed) and, until the engine deletes it, the one before. Each wake-up continues as new, so this is the most a replay ever loads, whatever the request's age; a whole delivered access request of the sample controllers measures about 27 KB in the test suite."));
        return [fanOut, largest];
    }

    private static async Task<double> HistoryKilobytesAsync(TaskHubHistory history, RequestId id)
    {
        // The fan-out generation settles shortly after the export began; measure once it has.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return (await history.MeasureAsync(id.Value)).Bytes / 1024.0;
    }

    private static string Median(IEnumerable<Run> runs, Func<Run, double> part) =>
        new Sampled(runs.Select(part).ToList()).Median.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Opens a request with <paramref name="sources"/> sources, verifies it, approves it and times the fan-out to the export.</summary>
    private static async Task<Run> RunOnceAsync(IRequestGateway gateway, DelayingExecutor executor, int sources)
    {
        var id = RequestId.FromRandomBytes(RandomNumberGenerator.GetBytes(8));
        Require(await gateway.SubmitAsync(Submit(id, DateTimeOffset.UtcNow, sources)));
        Require(await gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person)));
        var timeline = executor.Timeline(id);
        var approved = Stopwatch.GetTimestamp();
        Require(await gateway.SendAsync(id, new ApproveReview(DateTimeOffset.UtcNow, Actor.Staff("bench"), null)));
        var exported = await timeline.Export.WaitAsync(TimeSpan.FromMinutes(2));
        return new Run(
            id,
            Milliseconds(approved, timeline.FirstSourceStart!.Value),
            Milliseconds(approved, timeline.LastSourceEnd!.Value),
            Milliseconds(approved, exported));
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static SubmitRequest Submit(RequestId id, DateTimeOffset at, int sources) => new(
        at,
        Actor.Person,
        id,
        new NewRequest(new ControllerId("clerica"), RequestType.Access, true, Channel.Api, Language.Fi, new DataSubject("Testi Henkilö", "bench-fanout@example.com"), null, RequestDetails.None),
        ProcessPolicy.Default,
        new DeadlinePolicy("FI", "Europe/Helsinki"),
        Enumerable.Range(1, sources)
            .Select(n => new PlannedSource(string.Create(CultureInfo.InvariantCulture, $"source-{n:D2}"), string.Create(CultureInfo.InvariantCulture, $"Source {n}"), ImmutableSortedSet.Create(SourceAction.Export), false))
            .ToList(),
        0);

    private static void Require(GatewayResult result)
    {
        if (result.Outcome != GatewayOutcome.Accepted)
        {
            throw new InvalidOperationException($"The process did not accept a benchmark command: {result.Outcome} {result.Rejection?.Message}");
        }
    }

    /// <summary>One approval's timeline in milliseconds after the approval was sent.</summary>
    private sealed record Run(RequestId Id, double FirstSourceStart, double LastSourceEnd, double Total);
}
