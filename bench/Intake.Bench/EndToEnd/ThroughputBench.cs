using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Intake.Adapters.Storage;
using Intake.Bench.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// Benchmark 1: accepted requests per second through the intake path (the answer comes after the
/// request is committed and its verification mail queued), against raw single-entity Table
/// inserts per second at the same concurrency on the same Azurite. Phases alternate, so drift on
/// a shared machine hits both; after each intake phase the mail backlog is drained before the next
/// phase, so the worker's mail work never overlaps a baseline phase.
/// </summary>
public sealed class ThroughputBench(BenchHost host, RequestDoor door, BenchStorage storage, StorageCallCounter counter, BenchScale scale, TextWriter log)
{
    public const int Clients = 16;

    public async Task<Figure> RunAsync()
    {
        var raw = await RawTableAsync();
        var queues = EngineQueues();
        var loop = new ClosedLoop(Clients, scale.ThroughputPhase);

        // Warm-up: JIT, connection pools, Azurite's first-table costs.
        await new ClosedLoop(Clients, TimeSpan.FromSeconds(2)).RunAsync(_ => InsertAsync(raw));
        await new ClosedLoop(Clients, TimeSpan.FromSeconds(3)).RunAsync(async _ => (await door.OpenAsync()).Accepted);
        await DrainAsync(queues);

        var intake = new List<double>();
        var baseline = new List<double>();
        var failures = 0;
        long calls = 0;
        long tableCalls = 0;
        long queueCalls = 0;
        long accepted = 0;
        var drains = new List<double>();
        for (var round = 1; round <= scale.ThroughputRounds; round++)
        {
            var inserts = await loop.RunAsync(_ => InsertAsync(raw));
            baseline.Add(inserts.PerSecond);
            failures += inserts.Failed;

            var before = counter.CallsTo(storage.Ports);
            var tablesBefore = counter.CallsTo(storage.Azurite.TablePort);
            var queuesBefore = counter.CallsTo(storage.Azurite.QueuePort);
            var opened = await loop.RunAsync(async _ => (await door.OpenAsync()).Accepted);
            var drained = await DrainAsync(queues);
            calls += counter.CallsTo(storage.Ports) - before;
            tableCalls += counter.CallsTo(storage.Azurite.TablePort) - tablesBefore;
            queueCalls += counter.CallsTo(storage.Azurite.QueuePort) - queuesBefore;
            accepted += opened.Succeeded;
            intake.Add(opened.PerSecond);
            failures += opened.Failed;
            drains.Add(drained.TotalSeconds);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  round {round}: raw inserts {inserts.PerSecond:0.0}/s, requests {opened.PerSecond:0.0}/s ({opened.Succeeded} accepted, {opened.Failed} failed); mail backlog drained in {drained.TotalSeconds:0.0} s"));
        }

        var perRequest = (double)calls / accepted;
        return new Figure(
            "intake-throughput",
            $"Intake throughput, {Clients} clients ({door.Label})",
            Measurement.Median(new Sampled(intake), "requests/s"),
            $"raw single-entity Table inserts, {Clients} clients",
            Measurement.Median(new Sampled(baseline), "inserts/s"),
            Aim.AtLeast(0.5),
            string.Create(CultureInfo.InvariantCulture, $"{scale.ThroughputRounds} alternating rounds of {scale.ThroughputPhase.TotalSeconds:0} s each. One accepted request costs {perRequest:0.0} storage calls in all ({tableCalls / (double)accepted:0.0} table, {queueCalls / (double)accepted:0.0} queue; counted over each round and its drain: submit and its verification mail: repeat-index read and write, the instance's start (instance row, control-queue message), the wait for the record, then the engine's steps — history checkpoints, the publish and mail activities' messages, the record's transaction, the outbox row) against 1 for a raw insert; the engine's backlog of a round (its queues empty) took {new Sampled(drains).Median:0.0} s (median) to drain after it. Failed operations (not counted in the rates): {failures}."));
    }

    private async Task<TableClient> RawTableAsync()
    {
        var clients = StorageClients.Create(new StorageOptions { ConnectionString = storage.ConnectionString, Prefix = storage.NewPrefix("raw") });
        var table = clients.Table(clients.Options.Prefix + "inserts");
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static async Task<bool> InsertAsync(TableClient table)
    {
        // One entity of the size of a small request row: an id, a time and a few hundred characters.
        var entity = new TableEntity(Guid.NewGuid().ToString("N"), "request")
        {
            ["At"] = DateTimeOffset.UtcNow,
            ["Body"] = Filler,
        };
        await table.AddEntityAsync(entity);
        return true;
    }

    private static readonly string Filler = new('x', 400);

    /// <summary>The task hub's queues: its control queues and the activity work-item queue.</summary>
    private List<QueueClient> EngineQueues()
    {
        var clients = host.Services.GetRequiredService<StorageClients>();
        var hub = clients.Options.TaskHub;
        return [.. clients.Queues.GetQueues(prefix: hub).Select(queue => clients.Queues.GetQueueClient(queue.Name))];
    }

    /// <summary>
    /// Waits until the engine has taken every message it can take now: no visible message on any of
    /// its queues at three looks in a row. (Counting messages would never reach zero: each request's
    /// durable timers wait in a control queue as messages that stay invisible until they are due.)
    /// </summary>
    private static async Task<TimeSpan> DrainAsync(IReadOnlyList<QueueClient> queues)
    {
        var clock = Stopwatch.StartNew();
        var emptyLooks = 0;
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var visible = await Task.WhenAll(queues.Select(async queue => (await queue.PeekMessagesAsync(1)).Value.Length));
            emptyLooks = visible.Sum() == 0 ? emptyLooks + 1 : 0;
            if (emptyLooks == 3)
            {
                return clock.Elapsed;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The mail backlog did not drain within three minutes.");
    }
}
