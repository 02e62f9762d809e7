namespace Intake.Azure.Durable;

/// <summary>Whether a request's instance can still take commands.</summary>
public enum OrchestrationStatus
{
    /// <summary>No instance with the request's id.</summary>
    None,

    /// <summary>Pending, running or suspended: a raised command will be delivered.</summary>
    Active,

    /// <summary>Completed (the request was purged), failed or terminated: a raised command would be dropped.</summary>
    Ended,
}
