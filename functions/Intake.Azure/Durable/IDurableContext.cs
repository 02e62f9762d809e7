namespace Intake.Azure.Durable;

/// <summary>
/// The few calls the request orchestration makes on a Durable Task orchestration context, with our
/// own types at the edge: inputs and outputs are JSON text written by <c>IntakeJson</c>, so the
/// engine's converter never sees our polymorphic records, and a failed activity is a typed result,
/// not an exception. The Functions app maps it onto <c>TaskOrchestrationContext</c>; tests fake it.
/// Every member follows the orchestrator rules: deterministic on replay, no I/O of its own.
/// </summary>
public interface IDurableContext
{
    /// <summary>The instance id, which is the request id.</summary>
    string InstanceId { get; }

    /// <summary>The engine's replay-safe current time (UTC).</summary>
    DateTime CurrentUtcDateTime { get; }

    /// <summary>Schedules an activity with a retry policy; completes with its output or, once every try failed, its failure.</summary>
    Task<ActivityResult> CallActivityAsync(string name, string input, ActivityRetry retry);

    /// <summary>A durable timer; cancelling the token stops it keeping the instance alive.</summary>
    Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>
    /// Waits for an external event; an event raised before the wait began is delivered at once.
    /// Cancelling the token abandons the wait, so the next event goes to the next wait.
    /// </summary>
    Task<string> WaitForExternalEvent(string eventName, CancellationToken cancellationToken);

    /// <summary>A small status object that monitoring shows next to the instance.</summary>
    void SetCustomStatus(object? customStatus);

    /// <summary>Restarts the instance with <paramref name="input"/> and an empty history; buffered events are kept.</summary>
    void ContinueAsNew(string input);
}
