using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Retention;

/// <summary>
/// Once a day, deletes the task-hub history of request instances that have ended. An instance
/// ends only when its request record was purged at the end of the retention period, or when a
/// submission was refused at the door; either way its history (inputs, event payloads, custom
/// status) still holds the person's data, and keeping it would undo the purge. Terminated
/// instances (stopped by an operator) go the same way. Failed instances are left for the
/// operator to look at: the request record says what happened, and they purge it afterwards.
/// A scan is the only way here: an orchestration cannot purge its own history while it runs.
/// </summary>
public static class HistoryPurgeFunction
{
    /// <summary>03:15 UTC daily, outside office hours in Finland and Estonia.</summary>
    public const string Schedule = "0 15 3 * * *";

    [Function("PurgeEndedRequestHistory")]
    public static async Task RunAsync(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(context);

        var filter = new PurgeInstancesFilter(
            CreatedFrom: DateTimeOffset.UnixEpoch,
            CreatedTo: DateTimeOffset.UtcNow,
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Terminated]);
        var result = await client.PurgeAllInstancesAsync(filter, context.CancellationToken);
        context.GetLogger(nameof(HistoryPurgeFunction))
            .LogInformation("Purged the task-hub history of {Count} ended request instances", result.PurgedInstanceCount);
    }
}
