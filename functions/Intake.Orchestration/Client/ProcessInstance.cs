namespace Intake.Orchestration.Client;

/// <summary>One instance as the engine reports it; <paramref name="CustomStatus"/> is the JSON text of a <see cref="ProcessStatus"/>.</summary>
public sealed record ProcessInstance(string InstanceId, ProcessRuntimeStatus Status, string? CustomStatus, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt)
{
    /// <summary>Completed, failed or terminated: an event raised now would never be read.</summary>
    public bool HasEnded => Status is ProcessRuntimeStatus.Completed or ProcessRuntimeStatus.Failed or ProcessRuntimeStatus.Terminated;
}

/// <summary>The engine's runtime status of an instance, in the words both engines share.</summary>
public enum ProcessRuntimeStatus
{
    Pending,
    Running,
    Completed,

    /// <summary>Between two generations; as good as running.</summary>
    ContinuedAsNew,
    Failed,
    Terminated,
    Suspended,
}
