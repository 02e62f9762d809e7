using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Intake.Adapters.Storage;
using Intake.Core.RateLimits;
using Microsoft.Extensions.Logging;

namespace Intake.Adapters.RateLimits;

/// <summary>
/// Fixed-window counters in a table, so every host sharing the storage account enforces one limit.
/// One row per limit, window and key: the partition names the limit and the window
/// (<c>{limit}-{window number}</c>), the row key is a keyed hash (HMAC-SHA256) of the key, so the
/// table holds no address in clear. A take reads the row and writes it back with its ETag; two
/// hosts racing for the last permit both retry, and only one wins. Refused takes stop writing
/// after the first, so a flood costs one read each, and once a host has seen a key refused it
/// answers from memory until the window ends. Windows older than the previous one are deleted by
/// the first take of each new window on each host, in the background.
/// </summary>
public sealed partial class TableRateLimiter(TableClient table, byte[] key, TimeProvider time, ILogger<TableRateLimiter> logger) : IRateLimiter
{
    private const int MaxAttempts = 12;
    private const int MaxRowsPerSweep = 1000;
    private const string CountColumn = "Count";

    private readonly ConcurrentDictionary<string, DateTimeOffset> refusedUntil = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> sweptWindow = new(StringComparer.Ordinal);

    public TableClient Table => table;

    public async Task<RateVerdict> TakeAsync(RateLimit limit, string subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(subject);
        if (limit.IsOff)
        {
            return RateVerdict.Allow;
        }

        var now = time.GetUtcNow();
        var windowTicks = limit.Window.Ticks;
        var window = (now - DateTimeOffset.UnixEpoch).Ticks / windowTicks;
        var end = DateTimeOffset.UnixEpoch.AddTicks((window + 1) * windowTicks);
        var partition = Partition(limit, window);
        var row = Hash(limit, subject);
        var remembered = partition + "/" + row;
        if (refusedUntil.TryGetValue(remembered, out var until) && until > now)
        {
            return new RateVerdict(false, until - now, false);
        }

        SweepOldWindows(limit, window);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            try
            {
                if (!found.HasValue || found.Value is null)
                {
                    await table.AddEntityAsync(new TableEntity(partition, row) { [CountColumn] = 1 }, cancellationToken);
                    return Verdict(limit, 1, end, now, remembered);
                }

                var entity = found.Value;
                var count = entity.GetInt32(CountColumn) ?? 0;
                if (count > limit.Permits)
                {
                    // Refused before, by this host or another: no write, no second notice.
                    refusedUntil[remembered] = end;
                    return new RateVerdict(false, end - now, false);
                }

                entity[CountColumn] = count + 1;
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Merge, cancellationToken);
                return Verdict(limit, count + 1, end, now, remembered);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another host took a permit between our read and our write: read again.
            }
        }

        // Contention this heavy is itself a flood on one key: refuse rather than guess.
        LogContended(logger, limit.Name);
        return new RateVerdict(false, TimeSpan.FromSeconds(1), false);
    }

    private RateVerdict Verdict(RateLimit limit, int count, DateTimeOffset end, DateTimeOffset now, string remembered)
    {
        if (count <= limit.Permits)
        {
            return RateVerdict.Allow;
        }

        refusedUntil[remembered] = end;
        return new RateVerdict(false, end - now, FirstRefusal: count == limit.Permits + 1);
    }

    private static string Partition(RateLimit limit, long window) =>
        limit.Name + "-" + window.ToString("D12", CultureInfo.InvariantCulture);

    private string Hash(RateLimit limit, string subject) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("rate-v1|" + limit.Name + "|" + subject)));

    /// <summary>Once per window and host: forget refusals that are over, and delete rows of windows before the previous one.</summary>
    private void SweepOldWindows(RateLimit limit, long window)
    {
        var last = sweptWindow.GetOrAdd(limit.Name, -1);
        if (last >= window || !sweptWindow.TryUpdate(limit.Name, window, last))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (remembered, until) in refusedUntil)
        {
            if (until <= now)
            {
                refusedUntil.TryRemove(remembered, out _);
            }
        }

        _ = Task.Run(() => DeleteBeforeAsync(limit, window - 1));
    }

    private async Task DeleteBeforeAsync(RateLimit limit, long keepFrom)
    {
        try
        {
            var from = limit.Name + "-";
            var to = Partition(limit, keepFrom);
            var filter = TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}");
            var deleted = 0;
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"]))
            {
                try
                {
                    await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All);
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                    // Another host's sweep was first.
                }

                if (++deleted >= MaxRowsPerSweep)
                {
                    // The rest goes with the next window's sweep.
                    break;
                }
            }
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            LogSweepFailed(logger, limit.Name, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit {Limit}: one key contended past every retry; refused")]
    private static partial void LogContended(ILogger logger, string limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit {Limit}: old windows could not be deleted ({Error}); the next window tries again")]
    private static partial void LogSweepFailed(ILogger logger, string limit, string error);
}
