namespace Intake.Core.RateLimits;

/// <summary>
/// The answer to one take. <see cref="FirstRefusal"/> is true for exactly one refused take per key
/// and window, whichever host made it — the one to answer with a single notice, if any.
/// </summary>
public readonly record struct RateVerdict(bool Allowed, TimeSpan RetryAfter, bool FirstRefusal)
{
    public static RateVerdict Allow { get; } = new(true, TimeSpan.Zero, false);
}
