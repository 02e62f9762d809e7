using Intake.Core.Deadlines;
using Intake.Core.Process;

namespace Intake.Core.Submissions;

/// <summary>How new requests are opened: the policy snapshot each gets, and the repeat window.</summary>
public sealed record IntakeOptions
{
    public ProcessPolicy Policy { get; init; } = ProcessPolicy.Default;

    /// <summary>Whether the clock waits for verification (a policy choice the law leaves open; default: it runs).</summary>
    public ClockPolicy ClockPolicy { get; init; } = ClockPolicy.Runs;

    /// <summary>A request of the same type by the same address within this window is flagged as a repeat.</summary>
    public TimeSpan RepeatWindow { get; init; } = TimeSpan.FromDays(365);
}
