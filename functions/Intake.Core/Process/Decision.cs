using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;

namespace Intake.Core.Process;

/// <summary>The outcome of one command: events and effects, or a rejection.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<RequestEvent> events, IReadOnlyList<Effect> effects, Rejection? rejection)
    {
        Events = events;
        Effects = effects;
        Rejection = rejection;
    }

    public IReadOnlyList<RequestEvent> Events { get; }

    public IReadOnlyList<Effect> Effects { get; }

    public Rejection? Rejection { get; }

    public bool IsAccepted => Rejection is null;

    /// <summary>Accepted but nothing to do (e.g. a tick with no timer due).</summary>
    public bool IsEmpty => IsAccepted && Events.Count == 0;

    public static Decision Accept(IReadOnlyList<RequestEvent> events, IReadOnlyList<Effect> effects) => new(events, effects, null);

    public static Decision Nothing { get; } = new([], [], null);

    public static Decision Reject(RejectionCode code, string message) => new([], [], new Rejection(code, message));
}
