using Intake.Orchestration.Client;
using Microsoft.Extensions.Logging;

namespace Intake.Orchestration.Retention;

/// <summary>
/// One sweep over ended instances, purging every history whose retention is over. Both hosts run
/// it: a timer function in Azure, a background service locally. Idempotent: a history already gone
/// is simply not found.
/// </summary>
public sealed partial class HistoryPurge(IProcessClient client, HistoryRetention retention, TimeProvider time, ILogger<HistoryPurge> logger)
{
    /// <summary>Purges what is due; returns how many histories were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var purged = 0;
        await foreach (var instance in client.ListAsync(HistoryRetention.EndedStatuses, cancellationToken))
        {
            if (retention.IsDue(instance, now) && await client.PurgeAsync(instance.InstanceId, cancellationToken))
            {
                purged++;
            }
        }

        LogSwept(logger, purged);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "History purge: {Count} ended instances deleted")]
    private static partial void LogSwept(ILogger logger, int count);
}
