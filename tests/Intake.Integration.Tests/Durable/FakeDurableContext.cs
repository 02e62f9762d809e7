using Intake.Azure.Durable;

namespace Intake.Integration.Tests.Durable;

/// <summary>
/// A Durable context that records every call and leaves each one pending until the test completes
/// it, so a test sees exactly what the adapter scheduled, in which order, and what it cancelled.
/// </summary>
internal sealed class FakeDurableContext : IDurableContext
{
    public string InstanceId { get; init; } = "R-0000-0000-01";

    public DateTime CurrentUtcDateTime { get; set; } = new(2026, 11, 25, 7, 0, 0, DateTimeKind.Utc);

    public List<ActivityCall> Activities { get; } = [];

    public List<TimerCall> Timers { get; } = [];

    public List<EventWaitCall> EventWaits { get; } = [];

    public List<object?> Statuses { get; } = [];

    public string? ContinuedWith { get; private set; }

    public Task<ActivityResult> CallActivityAsync(string name, string input, ActivityRetry retry)
    {
        var call = new ActivityCall(name, input, retry);
        Activities.Add(call);
        return call.Task;
    }

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var timer = new TimerCall(fireAt, cancellationToken);
        Timers.Add(timer);
        return timer.Task;
    }

    public Task<string> WaitForExternalEvent(string eventName, CancellationToken cancellationToken)
    {
        var wait = new EventWaitCall(eventName, cancellationToken);
        EventWaits.Add(wait);
        return wait.Task;
    }

    public void SetCustomStatus(object? customStatus) => Statuses.Add(customStatus);

    public void ContinueAsNew(string input) => ContinuedWith = input;
}
