using Intake.Orchestration.Client;

namespace Intake.Orchestration.Retention;

/// <summary>
/// How long the engine keeps the history of an instance that ended. A history holds what the
/// request held — inputs, event payloads, the state carried between generations — so it must not
/// outlive the request record. An instance completes only when its record was purged at the end of
/// the retention period (or when a submission was refused at the door): its history goes at the
/// next sweep. A failed or terminated instance is kept a little while for the operator to look at,
/// then goes too.
/// </summary>
/// <param name="Completed">How long a completed instance's history is kept; zero: at the next sweep.</param>
/// <param name="FailedOrTerminated">How long a failed or terminated instance's history is kept.</param>
public sealed record HistoryRetention(TimeSpan Completed, TimeSpan FailedOrTerminated)
{
    public static HistoryRetention Default { get; } = new(TimeSpan.Zero, TimeSpan.FromDays(30));

    public static IReadOnlyCollection<ProcessRuntimeStatus> EndedStatuses { get; } =
        [ProcessRuntimeStatus.Completed, ProcessRuntimeStatus.Failed, ProcessRuntimeStatus.Terminated];

    /// <summary>Whether the history of <paramref name="instance"/> is due for purging at <paramref name="now"/>.</summary>
    public bool IsDue(ProcessInstance instance, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Status switch
        {
            ProcessRuntimeStatus.Completed => now - instance.LastUpdatedAt >= Completed,
            ProcessRuntimeStatus.Failed or ProcessRuntimeStatus.Terminated => now - instance.LastUpdatedAt >= FailedOrTerminated,
            _ => false,
        };
    }
}
