namespace Intake.Bench.Harness;

/// <summary>
/// How long and how large each benchmark runs. <see cref="Full"/> is what the README command runs
/// and what docs/performance.md reports (about ten minutes on two cores); <see cref="Quick"/> only
/// checks that every benchmark still runs, and its figures are not worth reporting.
/// </summary>
public sealed record BenchScale(
    string Name,
    TimeSpan ThroughputPhase,
    int ThroughputRounds,
    int LatencySamples,
    int FanOutRuns,
    IReadOnlyList<int> BurstSizes,
    int BreachBurst,
    TimeSpan PollingIdle,
    IReadOnlyList<int> ExportMegabytes,
    int ExportRepetitions,
    bool ShortDeciderJob,
    int ListSummaries,
    int ListRounds)
{
    public static BenchScale Full { get; } = new("full", TimeSpan.FromSeconds(8), 3, 40, 5, [50, 500], 10_000, TimeSpan.FromSeconds(20), [50, 500, 5120], 3, false, 10_000, 40);

    public static BenchScale Quick { get; } = new("quick", TimeSpan.FromSeconds(2), 1, 5, 1, [20], 200, TimeSpan.FromSeconds(3), [5, 20], 1, true, 1_000, 5);
}
