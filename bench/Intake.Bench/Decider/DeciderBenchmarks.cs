using BenchmarkDotNet.Attributes;
using Intake.Core.Process;

namespace Intake.Bench.Decider;

/// <summary>
/// Benchmark 6 (BenchmarkDotNet, in process): folding a realistic history with
/// <see cref="RequestEvolver"/> and deciding the most common command with
/// <see cref="RequestDecider"/>, against a plain <c>with</c> copy of the same state record — the
/// least any evolve step must do — so the ratio says what the logic costs beyond copying.
/// </summary>
[MemoryDiagnoser]
public class DeciderBenchmarks
{
    private SampleHistory history = null!;

    [GlobalSetup]
    public void Setup() => history = SampleHistory.Create();

    /// <summary>One <c>with</c> copy of the state per event of the history.</summary>
    [Benchmark(Baseline = true)]
    public RequestState WithCopies()
    {
        var state = history.Collecting;
        for (var i = 0; i < history.Events.Count; i++)
        {
            state = state with { Version = state.Version + 1 };
        }

        return state;
    }

    [Benchmark]
    public RequestState Evolve() => RequestEvolver.Replay(history.Events);

    [Benchmark]
    public Decision DecideReceipt() => RequestDecider.Decide(history.Collecting, history.Receipt);
}
