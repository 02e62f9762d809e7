using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Intake.Azure.Engine;
using Intake.Bench.Harness;
using Intake.Core.Controllers;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Bench.FanOut;

/// <summary>
/// Benchmark 4: time from a staff approval to the start of the export effect for a request whose
/// 20 sources each take 200 ms, against the same for one such source, through the real local
/// engine (<see cref="RequestEngine"/> and <see cref="EffectWorker"/> with default options). An
/// ideal fan-out makes the two equal; running the sources one by one would make the ratio about 20.
/// </summary>
public sealed class FanOutBench(BenchStorage storage, BenchScale scale, TextWriter log)
{
    public const int ManySources = 20;

    public static readonly TimeSpan SourceDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one run may hold up the next: a stalled run finishes in the background.</summary>
    public static readonly TimeSpan StallCap = TimeSpan.FromSeconds(10);

    public async Task<Figure> RunAsync()
    {
        var clients = await storage.CreateClientsAsync("fan");
        var options = new EngineOptions();
        var engineLog = new LogTally<RequestEngine>();
        var workerLog = new LogTally<EffectWorker>();
        var engine = new RequestEngine(
            new TableRequestStore(clients.Table(clients.Options.RequestsTable)),
            new WakeIndex(clients.Table(clients.Options.WakeTable)),
            new WorkQueue(clients.Queues.GetQueueClient(clients.Options.WorkQueue)),
            TimeProvider.System,
            options,
            engineLog);
        var executor = new DelayingExecutor(SourceDelay);
        var worker = new EffectWorker(engine, executor, workerLog);
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => worker.RunAsync(stop.Token));
        try
        {
            var warmUp = new[] { await StartAsync(engine, executor, 1, options), await StartAsync(engine, executor, ManySources, options) };
            var conflictsBefore = engineLog.Count("LogConflict");
            var troubleBefore = Trouble(workerLog);
            var one = new List<Task<Run>>();
            var many = new List<Task<Run>>();
            for (var i = 0; i < scale.FanOutRuns; i++)
            {
                one.Add(await StartAsync(engine, executor, 1, options));
                many.Add(await StartAsync(engine, executor, ManySources, options));
            }

            // Stalled runs finish in the background while later runs go on; wait for the last of them.
            var stalled = many.Count(run => !run.IsCompleted) + one.Count(run => !run.IsCompleted);
            var all = Task.WhenAll(one.Concat(many).Concat(warmUp));
            if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromMinutes(5))) != all)
            {
                throw new TimeoutException("Fan-out runs had not reached their export five minutes after the last approval.");
            }

            var conflicts = engineLog.Count("LogConflict") - conflictsBefore;
            var trouble = Trouble(workerLog) - troubleBefore;
            var events = string.Join(", ", workerLog.Counts().Where(c => c.Key != "LogDone").Select(c => $"{c.Key} {c.Value}"));
            var manyRuns = many.Select(run => run.Result).ToList();
            var oneRuns = one.Select(run => run.Result).ToList();
            var manyTimes = new Sampled(manyRuns.Select(r => r.Total).ToList());
            var oneTimes = new Sampled(oneRuns.Select(r => r.Total).ToList());
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  approval → export: {ManySources} sources {manyTimes.Median:0} ms, 1 source {oneTimes.Median:0} ms; {conflicts} commit conflicts re-decided; {stalled} runs stalled past {StallCap.TotalSeconds:0} s; worker events: {(events.Length == 0 ? "none" : events)}"));
            return new Figure(
                "fan-out",
                $"Approval → export effect, {ManySources} sources of {SourceDelay.TotalMilliseconds:0} ms",
                Measurement.Median(manyTimes, "ms"),
                $"1 source of {SourceDelay.TotalMilliseconds:0} ms",
                Measurement.Median(oneTimes, "ms"),
                Aim.AtMost(2),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{scale.FanOutRuns} runs each, alternating, each approval after a random pause shorter than the poll interval. Median timeline with {ManySources} sources: first source began {Median(manyRuns, r => r.FirstSourceStart)} ms after the approval, the last one ended at {Median(manyRuns, r => r.LastSourceEnd)} ms, the export began at {Median(manyRuns, r => r.Total)} ms; with 1 source: {Median(oneRuns, r => r.FirstSourceStart)}, {Median(oneRuns, r => r.LastSourceEnd)} and {Median(oneRuns, r => r.Total)} ms. "
                    + $"Worker concurrency {options.WorkerConcurrency} (default), so {ManySources} sources need {(ManySources + options.WorkerConcurrency - 1) / options.WorkerConcurrency} wave(s) of {SourceDelay.TotalMilliseconds:0} ms at best. Every finished source commits its receipt to the one request row: in one host the commits take turns (a gate per request), and across hosts the ETag decides again on a conflict; {conflicts} commits lost the race over the measured runs, and {trouble} effects gave up recording their result (worker events: {(events.Length == 0 ? "none" : events)}){(trouble > 0 ? $"; such an effect runs again only when its queue message reappears after the effect lease ({options.EffectLease.TotalSeconds:0} s), which is what a run of about {options.EffectLease.TotalSeconds:0} s shows" : string.Empty)}. {stalled} of the {2 * scale.FanOutRuns} measured runs had not reached the export {StallCap.TotalSeconds:0} s after approval; the next runs went on meanwhile. The worker polls an idle queue every {options.PollInterval.TotalMilliseconds:0} ms."));
        }
        finally
        {
            await stop.CancelAsync();
            await running;
        }
    }

    private static int Trouble(LogTally<EffectWorker> log) => log.Count("LogRetry") + log.Count("LogRecordFailed") + log.Count("LogParked");

    private static string Median(IEnumerable<Run> runs, Func<Run, double> part) =>
        new Sampled(runs.Select(part).ToList()).Median.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Opens a request with <paramref name="sources"/> sources, verifies it, waits for its mails, and
    /// approves it; the returned task completes with the run's timeline once the export effect has
    /// started and the request has settled. Waits for that at most <see cref="StallCap"/> here.
    /// </summary>
    private static async Task<Task<Run>> StartAsync(RequestEngine engine, DelayingExecutor executor, int sources, EngineOptions options)
    {
        var id = RequestId.FromRandomBytes(RandomNumberGenerator.GetBytes(8));
        Require(await engine.ExecuteAsync(id, Submit(id, DateTimeOffset.UtcNow, sources)));
        Require(await engine.ExecuteAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person)));
        await SettledAsync(engine, id);
        await PollPhase.RandomPauseAsync(options.PollInterval);

        var timeline = executor.Timeline(id);
        var approved = Stopwatch.GetTimestamp();
        Require(await engine.ExecuteAsync(id, new ApproveReview(DateTimeOffset.UtcNow, Actor.Staff("bench"), null)));
        var run = FinishAsync(engine, id, timeline, approved);
        await Task.WhenAny(run, Task.Delay(StallCap));
        return run;
    }

    private static async Task<Run> FinishAsync(RequestEngine engine, RequestId id, SourceTimeline timeline, long approved)
    {
        var exported = await timeline.Export;
        var run = new Run(
            Milliseconds(approved, timeline.FirstSourceStart!.Value),
            Milliseconds(approved, timeline.LastSourceEnd!.Value),
            Milliseconds(approved, exported));

        // Let the answer mail and the export record settle, so runs do not overlap.
        await SettledAsync(engine, id);
        return run;
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

    private static void Require(EngineResult result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException("The engine refused a benchmark command.");
        }
    }

    /// <summary>Waits until the request has no pending effects.</summary>
    private static async Task SettledAsync(RequestEngine engine, RequestId id)
    {
        var clock = Stopwatch.StartNew();
        while ((await engine.Store.PendingEffectsAsync(id)).Count > 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException("Effects stayed pending for three minutes.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>One approval's timeline in milliseconds after the approval was sent.</summary>
    private sealed record Run(double FirstSourceStart, double LastSourceEnd, double Total);
}
