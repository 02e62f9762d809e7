using System.Globalization;
using System.Security.Cryptography;
using Azure.Data.Tables;
using Intake.Azure.Engine;
using Intake.Core.Requests;

namespace Intake.Bench.Timers;

/// <summary>
/// Fills a wake index for the scan benchmark: <paramref name="Due"/> entries due before
/// <paramref name="Now"/> filed through <see cref="WakeIndex.ScheduleAsync"/> itself, and the rest
/// (future wake-ups) written directly as entity batches of 100 per hour partition in the index's
/// own layout — hour partition <c>yyyyMMddHH</c>, row key <c>ticks-requestId</c> — so 100,000
/// entries take seconds. The benchmark checks that the scan finds exactly the due ones, so a
/// layout that drifted from <see cref="WakeIndex"/> would fail loudly rather than flatter it.
/// </summary>
public sealed record WakeSeeding(DateTimeOffset Now, int Due, int Total)
{
    private const int BatchSize = 100;

    public async Task<IReadOnlySet<RequestId>> SeedAsync(WakeIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        await index.Table.CreateIfNotExistsAsync();
        var hour = new DateTimeOffset(Now.UtcDateTime.Year, Now.UtcDateTime.Month, Now.UtcDateTime.Day, Now.UtcDateTime.Hour, 0, 0, TimeSpan.Zero);
        var due = new HashSet<RequestId>();
        for (var i = 0; i < Due; i++)
        {
            // Spread over the part of the current hour that has passed.
            var at = hour + (Now - hour) * i / Due;
            var id = NewId();
            await index.ScheduleAsync(id, at, at);
            due.Add(id);
        }

        // Future entries: the rest of the current hour first, then 100 per following hour.
        var batches = new List<List<TableEntity>>();
        var remaining = Total - Due;
        var partition = hour;
        var first = true;
        while (remaining > 0)
        {
            var count = Math.Min(BatchSize, remaining);
            var from = first ? Now.AddSeconds(1) : partition;
            var span = partition.AddHours(1) - from;
            batches.Add(Enumerable.Range(0, count).Select(i => Entity(from + span * i / count)).ToList());
            remaining -= count;
            partition = partition.AddHours(1);
            first = false;
        }

        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, cancellationToken) =>
            await index.Table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken));
        return due;
    }

    private static TableEntity Entity(DateTimeOffset at)
    {
        var id = NewId();
        return new TableEntity(
            at.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture),
            at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + id.Value)
        {
            ["Request"] = id.Value,
            ["At"] = at,
        };
    }

    private static RequestId NewId() => RequestId.FromRandomBytes(RandomNumberGenerator.GetBytes(8));
}
