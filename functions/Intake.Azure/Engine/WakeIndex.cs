using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Requests;

namespace Intake.Azure.Engine;

/// <summary>
/// Finds requests whose timers are due without looking at the others: entries are filed under the
/// UTC hour they are due (partition) and the exact time (row key), so a scan reads only the hours
/// since the last complete scan and, within them, only rows up to now — O(due), however many
/// requests are open. Entries are hints: the request's own state decides whether anything is due,
/// so a stale entry (the wake time moved) costs one read and is deleted.
/// </summary>
public sealed class WakeIndex(TableClient table)
{
    private const string CursorPartition = "cursor";
    private const string CursorRow = "scan";

    public TableClient Table => table;

    /// <summary>Files a wake-up. Past times are filed in the current hour so a scan that already passed their hour still sees them.</summary>
    public Task ScheduleAsync(RequestId id, DateTimeOffset at, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var filed = at < now ? now : at;
        var entity = new TableEntity(Hour(filed), Row(at, id)) { ["Request"] = id.Value, ["At"] = at };
        return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Entries due at <paramref name="now"/>, oldest first, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<WakeEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        var cursor = await CursorAsync(now, cancellationToken);
        var due = new List<WakeEntry>();
        var upTo = Row(now, null) + "~";
        for (var hour = cursor; hour <= Truncate(now) && due.Count < max; hour = hour.AddHours(1))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Hour(hour)} and RowKey le {upTo}");
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
            {
                due.Add(new WakeEntry(RequestId.Parse(entity.GetString("Request")!), entity.GetDateTimeOffset("At") ?? now, entity.PartitionKey, entity.RowKey));
                if (due.Count >= max)
                {
                    break;
                }
            }
        }

        return due;
    }

    /// <summary>Removes an entry once its request was ticked (or found not due).</summary>
    public async Task RemoveAsync(WakeEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await table.DeleteEntityAsync(entry.Partition, entry.Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Removed by another scanner.
        }
    }

    /// <summary>
    /// Moves the scan start past hours that are over and empty. An hour is over one hour after it
    /// ends, which leaves room for clocks of several hosts that disagree a little.
    /// </summary>
    public async Task AdvanceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var cursor = await CursorAsync(now, cancellationToken);
        var limit = Truncate(now).AddHours(-1);
        var next = cursor;
        while (next < limit)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Hour(next)}");
            var any = false;
            await foreach (var _ in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                any = true;
                break;
            }

            if (any)
            {
                break;
            }

            next = next.AddHours(1);
        }

        if (next != cursor)
        {
            await table.UpsertEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["Hour"] = next }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private async Task<DateTimeOffset> CursorAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(CursorPartition, CursorRow, cancellationToken: cancellationToken);
        if (row.HasValue && row.Value?.GetDateTimeOffset("Hour") is { } hour)
        {
            return hour;
        }

        // A new index starts at its earliest filed hour (entries may predate the first scan, e.g.
        // filed by the command line before a host ran), or an hour back. Hour partitions are
        // digits, which sort before the cursor's own partition name, and a query returns the
        // lowest partition first.
        var start = Truncate(now).AddHours(-1);
        await foreach (var first in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey lt {CursorPartition}"), maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            if (DateTimeOffset.TryParseExact(first.PartitionKey, "yyyyMMddHH", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var earliest) && earliest < start)
            {
                start = earliest;
            }

            break;
        }

        await table.UpsertEntityAsync(new TableEntity(CursorPartition, CursorRow) { ["Hour"] = start }, TableUpdateMode.Replace, cancellationToken);
        return start;
    }

    private static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    private static string Hour(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    private static string Row(DateTimeOffset at, RequestId? id) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + (id is null ? string.Empty : "-" + id.Value.Value);
}

/// <summary>One filed wake-up.</summary>
public sealed record WakeEntry(RequestId Request, DateTimeOffset At, string Partition, string Row);
