namespace Intake.Core.Tests.Orchestration;

/// <summary>One wait of the orchestration: when it began, the wake time it asked for, and how it ended.</summary>
internal sealed record EngineWait(DateTimeOffset Began, DateTimeOffset? WakeAt, WaitEnd End);

/// <summary>How a wait ended in the scripted engine.</summary>
internal enum WaitEnd
{
    /// <summary>A scheduled command arrived before the timer.</summary>
    Command,

    /// <summary>A command raised before the wait began was handed over at once.</summary>
    Buffered,

    /// <summary>The timer fired first.</summary>
    Timer,

    /// <summary>Nothing happened before the horizon: the orchestration is still waiting.</summary>
    StillWaiting,
}
