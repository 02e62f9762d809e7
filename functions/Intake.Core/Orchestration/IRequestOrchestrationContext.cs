using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;

namespace Intake.Core.Orchestration;

/// <summary>
/// What the request orchestration needs from a durable engine. The Durable Functions adapter maps
/// it onto <c>TaskOrchestrationContext</c>; tests fake it to fire timers and deliver events early.
/// Every member must be replay-safe in the engine's terms.
/// </summary>
public interface IRequestOrchestrationContext
{
    /// <summary>The engine's deterministic current time.</summary>
    DateTimeOffset Now { get; }

    /// <summary>
    /// Waits for the next command from outside (a link, a mail, a source callback) or until
    /// <paramref name="wakeAt"/>; null means the timer fired first. A command that arrived before
    /// the wait began is returned at once. Without a wake time, waits for a command only.
    /// </summary>
    Task<RequestCommand?> WaitForCommandAsync(DateTimeOffset? wakeAt);

    /// <summary>Runs the effects concurrently (the fan-out to sources) and returns every outcome.</summary>
    Task<IReadOnlyList<EffectOutcome>> RunEffectsAsync(RequestState state, IReadOnlyList<Effect> effects);

    /// <summary>
    /// Makes the state visible to the status page and staff pages, and appends the events since the
    /// last publication to the audit trail (the orchestration's own history is cut by continue-as-new).
    /// </summary>
    Task PublishAsync(RequestState state, IReadOnlyList<RequestEvent> newEvents, Rejection? lastRejection);

    /// <summary>Restarts the orchestration with <paramref name="carryOver"/> and an empty history.</summary>
    void ContinueAsNew(RequestOrchestrationInput carryOver);
}
