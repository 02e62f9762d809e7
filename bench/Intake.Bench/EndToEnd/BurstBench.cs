using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Intake.Adapters.Storage;
using Intake.Bench.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// Benchmark: N requests submitted at once (50, 500) through <c>POST /api/requests</c> to the real
/// local host on the Durable Task engine; the time from the first submission until every
/// verification mail is in the outbox — against the time to write the same number of rows into an
/// Azurite table at once, in the same run. Every answer is counted: 202, refused, failed.
/// </summary>
public sealed class BurstBench(BenchStorage storage, StorageCallCounter counter, BenchScale scale, TextWriter log)
{
    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var figures = new List<Figure>();
        foreach (var size in scale.BurstSizes)
        {
            figures.Add(await RunAsync(size));
        }

        return figures;
    }

    private async Task<Figure> RunAsync(int size)
    {
        await using var host = await BenchHost.StartAsync(storage);
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var door = await RequestDoor.ChooseAsync(host, client);
        var outbox = OutboxMails.Table(host);
        await WaitForMailsAsync(outbox, 1, TimeSpan.FromMinutes(1));

        var raw = await RawTableAsync();
        var rawClock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, size).Select(i => raw.AddEntityAsync(new TableEntity("burst", i.ToString("D6", CultureInfo.InvariantCulture)) { ["Body"] = Filler })));
        var rawTime = rawClock.Elapsed;

        var callsBefore = counter.CallsTo(storage.Ports);
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, size).Select(async _ =>
        {
            try
            {
                return (await door.OpenAsync()).Accepted ? 1 : 0;
            }
            catch (HttpRequestException)
            {
                return -1;
            }
        }));
        var answered = clock.Elapsed;
        var accepted = answers.Count(a => a == 1);
        await WaitForMailsAsync(outbox, 1 + accepted, TimeSpan.FromMinutes(10));
        var allMailed = clock.Elapsed;
        var calls = counter.CallsTo(storage.Ports) - callsBefore;

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {size} at once: all answered in {answered.TotalSeconds:0.0} s ({accepted} accepted, {answers.Count(a => a == 0)} refused, {answers.Count(a => a < 0)} failed); last verification mail after {allMailed.TotalSeconds:0.0} s; {size} raw inserts at once took {rawTime.TotalSeconds:0.00} s"));
        return new Figure(
            string.Create(CultureInfo.InvariantCulture, $"burst-{size}"),
            string.Create(CultureInfo.InvariantCulture, $"{size} requests submitted at once → every verification mail out"),
            Measurement.Single(allMailed.TotalSeconds, "s"),
            string.Create(CultureInfo.InvariantCulture, $"{size} raw Table inserts at once"),
            Measurement.Single(rawTime.TotalSeconds, "s"),
            null,
            string.Create(CultureInfo.InvariantCulture, $"{door.Label}, all sent at once from one client. Every submission was answered within {answered.TotalSeconds:0.0} s: {accepted} with 202, {answers.Count(a => a == 0)} refused, {answers.Count(a => a < 0)} failed to connect; each 202 waits for its request record (Engine:SubmitWaitSeconds, default 5). The last verification mail was in the outbox {allMailed.TotalSeconds:0.0} s after the first submission: {accepted / allMailed.TotalSeconds:0.0} requests/s end to end. Storage calls from the burst to its last mail: {calls / (double)Math.Max(1, accepted):0.0} per request (the start, the record, the repeat index, the engine's queues, history and instance rows, the mail)."));
    }

    private static readonly string Filler = new('x', 400);

    private async Task<TableClient> RawTableAsync()
    {
        var table = new TableClient(storage.ConnectionString, storage.NewPrefix("burstraw") + "rows");
        await table.CreateIfNotExistsAsync();
        return table;
    }

    /// <summary>Waits until the outbox holds <paramref name="count"/> mails.</summary>
    private static async Task WaitForMailsAsync(TableClient outbox, int count, TimeSpan patience)
    {
        var mails = await OutboxMails.WaitForAsync(outbox, count, patience, TimeSpan.FromMilliseconds(100));
        if (mails.Count < count)
        {
            throw new TimeoutException($"{mails.Count} of {count} mails after {patience}.");
        }
    }
}
