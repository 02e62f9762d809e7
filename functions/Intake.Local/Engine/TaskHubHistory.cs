using Azure.Data.Tables;
using Intake.Adapters.Storage;

namespace Intake.Local.Engine;

/// <summary>
/// Reads how much history the engine keeps for an instance, straight from the task hub's history
/// table (one partition per instance): what a replay must load, and what the retention purge
/// deletes. For measurements and for an operator's look, never for the process itself.
/// </summary>
public sealed class TaskHubHistory(StorageClients storage)
{
    public async Task<HistorySize> MeasureAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var table = storage.Table(storage.Options.TaskHub + "History");
        var rows = 0;
        long bytes = 0;
        var executions = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), cancellationToken: cancellationToken))
        {
            rows++;
            bytes += entity.Sum(property => property.Key.Length + (property.Value?.ToString()?.Length ?? 0));
            if (entity.GetString("ExecutionId") is { } execution)
            {
                executions.Add(execution);
            }
        }

        return new HistorySize(rows, bytes, executions.Count);
    }
}

/// <summary>An instance's stored history: rows, their size in characters (about bytes), and how many generations they belong to.</summary>
public sealed record HistorySize(int Rows, long Bytes, int Executions);
