using System.Diagnostics;

namespace Intake.Bench.Harness;

/// <summary>
/// <paramref name="Clients"/> callers, each starting its next operation as soon as the last one
/// ended, for a fixed time: the rate is operations that succeeded over the time until the last one
/// ended (the operations started before the deadline all count, and so does their time).
/// </summary>
public sealed record ClosedLoop(int Clients, TimeSpan Duration)
{
    /// <summary>Runs <paramref name="operation"/> (given a number unique across callers; true when it succeeded).</summary>
    public async Task<LoopResult> RunAsync(Func<int, Task<bool>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var next = 0;
        var succeeded = 0;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < Duration)
            {
                var ok = await operation(Interlocked.Increment(ref next));
                Interlocked.Increment(ref ok ? ref succeeded : ref failed);
            }
        }));
        await Task.WhenAll(callers);
        clock.Stop();
        return new LoopResult(succeeded, failed, clock.Elapsed);
    }
}

/// <summary>What one closed loop achieved.</summary>
public sealed record LoopResult(int Succeeded, int Failed, TimeSpan Elapsed)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}
