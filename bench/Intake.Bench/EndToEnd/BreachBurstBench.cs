using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Intake.Adapters.Storage;
using Intake.Bench.Harness;
using Intake.Orchestration.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// Benchmark: the burst after a breach notice — 10,000 submissions to <c>POST /api/requests</c> from
/// four clients at once (32 in flight each), each client retrying a 429 or 503 after its
/// Retry-After with the same Idempotency-Key, as a well-behaved client does. Measured: submissions
/// per second until the last 202, against raw single-entity Table inserts per second at the same
/// concurrency in the same run (aim ≥ 0.25); the time until the last verification mail; and what
/// must hold — no submission lost, no mail twice, no answer ≥ 500 other than 503.
/// </summary>
public sealed class BreachBurstBench(BenchStorage storage, StorageCallCounter counter, BenchScale scale, IReadOnlyDictionary<string, string?> engineOverrides, TimeSpan mailPatience, TextWriter log)
{
    private const int Clients = 4;
    private const int InFlightPerClient = 32;

    /// <summary>
    /// The engine as an operator sets it for a burst, where storage answers slowly for a while:
    /// messages a busy host has read stay hidden for five minutes instead of ten seconds, and it
    /// holds fewer control messages in memory, so a message waiting for a free slot is not handed
    /// out again while it waits (the first 10,000 run ran activities twice at 10 s); leases last
    /// longer and their table calls may take longer, so a slow renewal does not pass a partition
    /// (and its buffered messages) to a new owner. The price is a slower take-over of a crashed
    /// host's work, which a burst can afford.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> BurstEngine = new Dictionary<string, string?>
    {
        ["Engine:WorkItemQueueVisibilitySeconds"] = "300",
        ["Engine:ControlQueueVisibilitySeconds"] = "300",
        ["Engine:ControlQueueBufferThreshold"] = "32",
        ["Engine:LeaseSeconds"] = "30",
        ["Engine:LeaseRenewSeconds"] = "5",
        ["Engine:PartitionTableTimeoutSeconds"] = "10",
    };

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var size = scale.BreachBurst;
        var engine = new Dictionary<string, string?>(BurstEngine);
        foreach (var (key, value) in engineOverrides)
        {
            engine[key] = value;
        }

        await using var host = await BenchHost.StartAsync(storage, settings: engine);
        var outbox = OutboxMails.Table(host);

        // The baseline first, on the same Azurite: raw inserts at the same concurrency.
        var raw = new TableClient(storage.ConnectionString, storage.NewPrefix("breachraw") + "rows");
        await raw.CreateIfNotExistsAsync();
        var rawClock = Stopwatch.StartNew();
        await RunConcurrentlyAsync(size, Clients * InFlightPerClient, i => raw.AddEntityAsync(new TableEntity("burst", i.ToString("D6", CultureInfo.InvariantCulture)) { ["Body"] = new string('x', 400) }));
        var rawPerSecond = size / rawClock.Elapsed.TotalSeconds;

        var clients = Enumerable.Range(0, Clients).Select(_ => new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) }).ToArray();
        var tally = new Tally();
        var references = new ConcurrentDictionary<string, byte>();
        var cpuAtStart = (Process.GetCurrentProcess().TotalProcessorTime, AzuriteCpu());
        var callsAtStart = counter.CallsTo(storage.Ports);
        var clock = Stopwatch.StartNew();
        using var stopProgress = new CancellationTokenSource();
        var mailedSoFar = 0;
        var progress = ReportProgressAsync(clock, () => $"{references.Count:N0} accepted, {tally.Refused429 + tally.Refused503:N0} refusals, {Volatile.Read(ref mailedSoFar):N0} mails in the outbox (read once every submission is answered)", stopProgress.Token);
        await RunConcurrentlyAsync(size, Clients * InFlightPerClient, async i =>
        {
            var reference = await SubmitAsync(clients[i % Clients], i, tally);
            if (reference is not null && !references.TryAdd(reference, 0))
            {
                Interlocked.Increment(ref tally.SameReferenceTwice);
            }
        });
        var answered = clock.Elapsed;
        var submitCalls = counter.CallsTo(storage.Ports) - callsAtStart;
        var cpuAnswered = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart.TotalProcessorTime, AzuriteCpu() - cpuAtStart.Item2);

        // Every outbox read scans the table on Azurite, so it reads every few seconds, not every second.
        var mails = await OutboxMails.WaitForAsync(outbox, references.Count, mailPatience, TimeSpan.FromSeconds(3), count => Volatile.Write(ref mailedSoFar, count));
        var allMailed = clock.Elapsed;
        await stopProgress.CancelAsync();
        await progress;
        var cpuMailed = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart.TotalProcessorTime, AzuriteCpu() - cpuAtStart.Item2);
        var calls = counter.CallsTo(storage.Ports) - callsAtStart;
        foreach (var client in clients)
        {
            client.Dispose();
        }

        var mailed = mails.Where(m => m.Kind == "VerificationRequested" && m.Reference is not null && references.ContainsKey(m.Reference)).ToList();
        var mailedReferences = mailed.Select(m => m.Reference!).ToHashSet(StringComparer.Ordinal);
        var duplicates = mailed.Count - mailedReferences.Count;

        // A request without its mail when the wait ends is lost only if its instance is gone or has
        // ended; one whose instance still waits in the engine's queues is late, not lost.
        var unmailed = references.Keys.Where(r => !mailedReferences.Contains(r)).ToHashSet(StringComparer.Ordinal);
        var live = new HashSet<string>(StringComparer.Ordinal);
        if (unmailed.Count > 0)
        {
            var engineClient = host.Services.GetRequiredService<IProcessClient>();
            await foreach (var instance in engineClient.ListAsync([ProcessRuntimeStatus.Pending, ProcessRuntimeStatus.Running, ProcessRuntimeStatus.ContinuedAsNew]))
            {
                live.Add(instance.InstanceId);
            }
        }

        var waiting = unmailed.Count(live.Contains);
        var lost = unmailed.Count - waiting;
        var submissionsPerSecond = references.Count / answered.TotalSeconds;
        var cores = Environment.ProcessorCount;
        var note = string.Create(CultureInfo.InvariantCulture, $"Engine: {string.Join(", ", engine.Select(setting => $"{setting.Key}={setting.Value}"))}. {size:N0} submissions from {Clients} clients, {InFlightPerClient} in flight each, every one under an Idempotency-Key of its own and retried after Retry-After when refused. Answers: {references.Count:N0} accepted (202), {tally.Refused429:N0} times 429 and {tally.Refused503:N0} times 503 before a retry, {tally.ServerErrors} other answers ≥ 500, {tally.NetworkFailures} network failures (retried), {tally.SameReferenceTwice} references given twice. Lost (accepted; no verification mail and no live instance): {lost}; still waiting in the engine when the wait for mails ended ({mailPatience.TotalMinutes:0.#} min): {waiting:N0}; duplicate verification mails: {duplicates}. Last 202 after {answered.TotalSeconds:0.0} s; {(waiting == 0 ? "last verification mail" : $"{mailedReferences.Count:N0} verification mails")} after {allMailed.TotalSeconds:0.0} s ({mailedReferences.Count / allMailed.TotalSeconds:0.0} requests/s end to end). Storage calls: {submitCalls / (double)Math.Max(1, references.Count):0.0} per request until the last 202, {calls / (double)Math.Max(1, references.Count):0.0} until the last mail; {calls / allMailed.TotalSeconds:0} calls/s. CPU over the burst until the last mail: the host and clients {cpuMailed.Item1.TotalSeconds:0} s, Azurite {cpuMailed.Item2:0} s, of {allMailed.TotalSeconds * cores:0} core-seconds on {cores} cores ({(cpuMailed.Item1.TotalSeconds + cpuMailed.Item2) / (allMailed.TotalSeconds * cores):P0} busy); until the last 202: host {cpuAnswered.Item1.TotalSeconds:0} s, Azurite {cpuAnswered.Item2:0} s of {answered.TotalSeconds * cores:0}.");
        await log.WriteLineAsync("  " + note);
        if (lost > 0 || duplicates > 0 || tally.ServerErrors > 0)
        {
            await log.WriteLineAsync("  NOT MET: a burst must lose nothing, mail nothing twice and answer nothing ≥ 500 but 503.");
        }

        return
        [
            new Figure(
                "breach-burst",
                string.Create(CultureInfo.InvariantCulture, $"Burst of {size:N0} submissions (4 clients): accepted per second until the last 202"),
                Measurement.Single(submissionsPerSecond, "submissions/s"),
                string.Create(CultureInfo.InvariantCulture, $"raw single-entity Table inserts at the same concurrency ({Clients * InFlightPerClient})"),
                Measurement.Single(rawPerSecond, "inserts/s"),
                Aim.AtLeast(0.25),
                note),
        ];
    }

    /// <summary>A line a minute while the burst runs, so a run stopped early still shows how far it got.</summary>
    private async Task ReportProgressAsync(Stopwatch clock, Func<string> state, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMinutes(1), stop);
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalMinutes:0} min: {state()}; Azurite CPU {AzuriteCpu():0} s"));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<string?> SubmitAsync(HttpClient client, int number, Tally tally)
    {
        var key = "breach-" + number.ToString("D6", CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "api/requests")
                {
                    Content = JsonContent.Create(RequestDoor.Body($"Testi Henkilö {number}", $"breach-{number}@example.com")),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await client.SendAsync(request);
                switch (response.StatusCode)
                {
                    case HttpStatusCode.Accepted:
                        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
                        return body.GetProperty("reference").GetString();
                    case HttpStatusCode.TooManyRequests:
                        Interlocked.Increment(ref tally.Refused429);
                        break;
                    case HttpStatusCode.ServiceUnavailable:
                        Interlocked.Increment(ref tally.Refused503);
                        break;
                    default:
                        if ((int)response.StatusCode >= 500)
                        {
                            Interlocked.Increment(ref tally.ServerErrors);
                        }

                        return null;
                }

                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref tally.NetworkFailures);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        return null;
    }

    private static async Task RunConcurrentlyAsync(int count, int width, Func<int, Task> work)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, width).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await work(i);
            }
        }));
    }

    private double AzuriteCpu()
    {
        using var azurite = Process.GetProcessById(storage.Azurite.ProcessId);
        return azurite.TotalProcessorTime.TotalSeconds;
    }

    private sealed class Tally
    {
        public int Refused429;
        public int Refused503;
        public int ServerErrors;
        public int NetworkFailures;
        public int SameReferenceTwice;
    }
}
