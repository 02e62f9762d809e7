namespace Intake.Bench.Harness;

/// <summary>
/// A random pause shorter than a poll interval before a sample. Requests arrive at random moments
/// relative to a poller's sleep; samples taken back to back would instead always start just after
/// the poller went to sleep and wait its full interval, which no real arrival does every time.
/// </summary>
public static class PollPhase
{
    public static Task RandomPauseAsync(TimeSpan pollInterval) =>
        Task.Delay(TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * pollInterval.Ticks)));
}
