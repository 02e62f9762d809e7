using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Intake.Adapters.Records;
using Intake.Adapters.Storage;
using Intake.Bench.Harness;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// Benchmark: the staff list over 10,000 request summaries of one controller. The summaries are
/// written with <see cref="TableRequestIndex"/> into the host's own index table; then GET list pages
/// (the default page, a filtered page, a reference search) alternate with a raw query of the same
/// partition through <see cref="TableClient"/>. Before that, one uncached view reads every row, as
/// the first view of an instance does.
/// </summary>
public sealed class StaffListBench(BenchStorage storage, BenchScale scale, TextWriter log)
{
    private const string Controller = "clewer";

    /// <summary>The page must answer within this, p95, with 10,000 summaries stored.</summary>
    private const double AimMilliseconds = 300;

    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        await using var host = await BenchHost.StartAsync(storage);
        var clients = host.Services.GetRequiredService<StorageClients>();
        var table = clients.Table(clients.Options.RequestIndexTable);
        var seed = Stopwatch.StartNew();
        var searched = await SeedAsync(table, scale.ListSummaries);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  seeded {scale.ListSummaries:N0} summaries in {seed.Elapsed.TotalSeconds:0.0} s"));

        var link = host.Services.GetRequiredService<LinkIssuer>().Issue(Controller, LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "bench-list");
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var pages = new[]
        {
            ("default", link.PathAndQuery),
            ("filtered", link.PathAndQuery + "?type=erasure&status=all&channel=email&sort=received&page=2"),
            ("search", link.PathAndQuery + "?status=all&q=" + Uri.EscapeDataString(searched[..7])),
        };

        // The first view of an instance reads every row: measured once, on its own.
        var cold = Stopwatch.StartNew();
        await GetAsync(client, pages[0].Item2);
        var coldMilliseconds = cold.Elapsed.TotalMilliseconds;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  first view (every row read into the cache): {coldMilliseconds:0} ms"));

        var list = new List<double>();
        var byPage = pages.ToDictionary(page => page.Item1, _ => new List<double>());
        var raw = new List<double>();
        var rounds = scale.ListRounds;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, path) in pages)
            {
                var clock = Stopwatch.StartNew();
                await GetAsync(client, path);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                list.Add(elapsed);
                byPage[name].Add(elapsed);
            }

            var rawClock = Stopwatch.StartNew();
            var rows = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Controller}")))
            {
                rows++;
            }

            raw.Add(rawClock.Elapsed.TotalMilliseconds);
            if (rows != scale.ListSummaries)
            {
                throw new InvalidOperationException($"The raw query read {rows} rows, not {scale.ListSummaries}.");
            }
        }

        var uncached = await UncachedAsync(Math.Max(3, rounds / 4));
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  without the cache (every row read on every view): p50 {uncached.Median:0} ms, p95 {uncached.P95:0} ms"));
        var listSamples = new Sampled(list);
        var rawSamples = new Sampled(raw);
        var perPage = string.Join("; ", byPage.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} p50 {new Sampled(pair.Value).Median:0.0} ms, p95 {new Sampled(pair.Value).P95:0.0} ms")));
        var met = listSamples.P95 < AimMilliseconds ? "met" : "MISSED";
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  list pages p95 {listSamples.P95:0.0} ms against the aim of {AimMilliseconds:0} ms: {met}"));
        var notes = string.Create(
            CultureInfo.InvariantCulture,
            $"{scale.ListSummaries:N0} summaries of one controller in its index partition; {rounds} rounds, each three GET pages (the default page, a filtered page, a reference search; HTTP on loopback, page rendered) then one raw TableClient query of the whole partition. By page: {perPage}. Absolute p95 of the pages: {listSamples.P95:0.0} ms against the aim of < {AimMilliseconds:0} ms ({met}). The pages answer from the instance's copy of the summaries (refreshed behind the view after Staff:ListCacheSeconds, 5 s, by the rows written since; a copy older than 30 s makes the view wait); the first view of an instance reads every row and took {coldMilliseconds:0} ms. Without the cache (Staff:ListCacheSeconds=0, a second host over the same summaries) the default page took p50 {uncached.Median:0} ms, p95 {uncached.P95:0} ms.");
        var count = scale.ListSummaries.ToString("N0", CultureInfo.InvariantCulture);
        return
        [
            new Figure("staff-list-p50", $"Staff list page, {count} summaries, p50", Measurement.Median(listSamples, "ms"), "raw query of the partition, p50", Measurement.Median(rawSamples, "ms"), null, notes),
            new Figure("staff-list-p95", $"Staff list page, {count} summaries, p95", Measurement.P95(listSamples, "ms"), "raw query of the partition, p95", Measurement.P95(rawSamples, "ms"), null, notes),
            new Figure("staff-list-uncached-p95", $"Staff list page without the cache, {count} summaries, p95", Measurement.P95(uncached, "ms"), "raw query of the partition, p95", Measurement.P95(rawSamples, "ms"), null, notes),
        ];
    }

    /// <summary>The default page on a host that reads every row on every view.</summary>
    private async Task<Sampled> UncachedAsync(int views)
    {
        await using var host = await BenchHost.StartAsync(storage, settings: new Dictionary<string, string?> { ["Staff:ListCacheSeconds"] = "0" });
        var clients = host.Services.GetRequiredService<StorageClients>();
        await SeedAsync(clients.Table(clients.Options.RequestIndexTable), scale.ListSummaries);
        var link = host.Services.GetRequiredService<LinkIssuer>().Issue(Controller, LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "bench-list-uncached");
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        await GetAsync(client, link.PathAndQuery);
        var samples = new List<double>();
        for (var i = 0; i < views; i++)
        {
            var clock = Stopwatch.StartNew();
            await GetAsync(client, link.PathAndQuery);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new Sampled(samples);
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !body.Contains("<table class=\"request-list\">", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The list page answered {(int)response.StatusCode} without its table.");
        }
    }

    /// <summary>Writes the summaries in transactions of 100 (one partition); returns a reference to search for.</summary>
    private static async Task<string> SeedAsync(TableClient table, int count)
    {
        var random = new Random(20261204);
        var start = new DateTimeOffset(2025, 1, 2, 9, 0, 0, TimeSpan.FromHours(2));
        var stages = Enum.GetValues<Stage>();
        var types = Enum.GetValues<RequestType>();
        var channels = Enum.GetValues<Channel>();
        var summaries = new List<RequestSummary>(count);
        for (var i = 0; i < count; i++)
        {
            var bytes = new byte[8];
            random.NextBytes(bytes);
            var received = start.AddMinutes(random.Next(0, 700 * 24 * 60));
            var due = DateOnly.FromDateTime(received.Date).AddMonths(1);
            var stage = stages[random.Next(stages.Length)];
            summaries.Add(new RequestSummary
            {
                Id = RequestId.FromRandomBytes(bytes),
                Controller = Controller,
                Type = types[random.Next(types.Length)],
                Channel = channels[random.Next(channels.Length)],
                Language = Language.Fi,
                Stage = stage,
                EndedAs = stage == Stage.Purged ? Stage.Completed : null,
                ReceivedAt = received,
                DueDate = due,
                DueAt = new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(2)),
                OriginalDueDate = due,
                Repeat = random.Next(20) == 0,
                Version = random.Next(2, 30),
            });
        }

        foreach (var chunk in summaries.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(summary => new TableTransactionAction(TableTransactionActionType.UpsertReplace, TableRequestIndex.ToEntity(summary))));
        }

        return summaries[count / 2].Id.Value;
    }
}
