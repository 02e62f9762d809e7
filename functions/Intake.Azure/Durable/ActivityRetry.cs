namespace Intake.Azure.Durable;

/// <summary>
/// How often and how patiently the engine retries an activity before the orchestration sees it
/// fail. Mapped onto Durable Task's <c>RetryPolicy</c> by the Functions app.
/// </summary>
/// <param name="MaxAttempts">Tries in all, the first included.</param>
/// <param name="FirstRetryInterval">Wait before the second try.</param>
/// <param name="BackoffCoefficient">Each further wait is the previous one times this.</param>
/// <param name="MaxRetryInterval">No wait is longer than this.</param>
public sealed record ActivityRetry(int MaxAttempts, TimeSpan FirstRetryInterval, double BackoffCoefficient, TimeSpan MaxRetryInterval)
{
    /// <summary>
    /// Five tries 2, 4, 8 and 16 seconds apart, like the local engine: a blip heals, a real fault
    /// parks the request for staff within a minute instead of hiding for hours. Sources that are
    /// merely down report a failure result instead, which the decider retries on its own schedule.
    /// </summary>
    public static ActivityRetry Effects { get; } = new(5, TimeSpan.FromSeconds(2), 2, TimeSpan.FromMinutes(5));

    /// <summary>
    /// Publishing is retried here first and then, round after round, by the orchestration itself:
    /// an event must never be skipped in the audit trail.
    /// </summary>
    public static ActivityRetry Publish { get; } = new(5, TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(1));
}
