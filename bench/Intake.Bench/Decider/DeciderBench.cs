using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Measurement = Intake.Bench.Harness.Measurement;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Intake.Bench.Harness;

namespace Intake.Bench.Decider;

/// <summary>Runs <see cref="DeciderBenchmarks"/> in this process and turns its statistics into figures.</summary>
public sealed class DeciderBench(BenchScale scale, TextWriter log)
{
    public async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var events = SampleHistory.Create().Events.Count;
        var artifacts = Directory.CreateTempSubdirectory("intake-bench-bdn-").FullName;
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(scale.ShortDeciderJob ? 1 : 3)
            .WithIterationCount(scale.ShortDeciderJob ? 3 : 10);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        Summary summary;
        try
        {
            summary = BenchmarkRunner.Run<DeciderBenchmarks>(config);
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }

        var copy = Nanoseconds(summary, nameof(DeciderBenchmarks.WithCopies));
        var evolve = Nanoseconds(summary, nameof(DeciderBenchmarks.Evolve));
        var decide = Nanoseconds(summary, nameof(DeciderBenchmarks.DecideReceipt));

        // Per event (or per decision) and inverted into a rate; the slowest iteration gives the lowest rate.
        Measurement Rate(Statistics ns, double operations, string unit) =>
            new(1e9 * operations / ns.Median, unit, 1e9 * operations / ns.Max, 1e9 * operations / ns.Min, ns.N);

        var copies = Rate(copy, events, "copies/s");
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  evolve {evolve.Median / events:0} ns/event, decide {decide.Median:0} ns, with-copy {copy.Median / events:0} ns"));
        var notes = string.Create(CultureInfo.InvariantCulture, $"BenchmarkDotNet {typeof(BenchmarkRunner).Assembly.GetName().Version}, in process, {job.Run.IterationCount} iterations after {job.Run.WarmupCount} warm-up; spread is the fastest and slowest iteration. History of {events} events (access request: received, verified, approved, 4 sources, export, download, closed).");
        return
        [
            new Figure("decider-evolve", "Decider: events applied (RequestEvolver.Evolve)", Rate(evolve, events, "events/s"), "plain record `with` copy of RequestState", copies, null, notes),
            new Figure("decider-decide", "Decider: decisions (RequestDecider.Decide, a source receipt)", Rate(decide, 1, "decisions/s"), "plain record `with` copy of RequestState", copies, null, notes),
        ];
    }

    private static Statistics Nanoseconds(Summary summary, string method) =>
        summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics
        ?? throw new InvalidOperationException($"BenchmarkDotNet reported no result for {method}; see its output above.");
}
