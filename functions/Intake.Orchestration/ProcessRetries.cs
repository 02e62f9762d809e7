using Intake.Core.Process;
using Microsoft.DurableTask;

namespace Intake.Orchestration;

/// <summary>How patiently the engine retries an activity before the process sees it fail.</summary>
public static class ProcessRetries
{
    /// <summary>
    /// The request's own policy (<see cref="ProcessPolicy.EffectAttempts"/>, doubling from
    /// <see cref="ProcessPolicy.EffectRetryDelay"/>, at most five minutes apart): it is part of the
    /// state, so a replay reads the same rule. A source that is merely down answers with a failure
    /// result instead, which the process retries on its own, longer schedule.
    /// </summary>
    public static TaskOptions Effects(ProcessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return TaskOptions.FromRetryPolicy(new RetryPolicy(Math.Max(1, policy.EffectAttempts), policy.EffectRetryDelay > TimeSpan.Zero ? policy.EffectRetryDelay : TimeSpan.FromSeconds(1), 2, TimeSpan.FromMinutes(5)));
    }

    /// <summary>
    /// Publishing is retried here first and then, after <see cref="PublishPause"/>, by the process
    /// itself: an event must never be skipped in the audit chain, so the request holds until
    /// storage takes it.
    /// </summary>
    public static TaskOptions Publish { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(2), 2, TimeSpan.FromMinutes(1)));

    /// <summary>The wait before the process tries a failed publication again.</summary>
    public static TimeSpan PublishPause { get; } = TimeSpan.FromMinutes(5);
}
