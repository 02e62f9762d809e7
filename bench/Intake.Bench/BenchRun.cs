using System.Globalization;
using Intake.Local.Azurite;
using Intake.Bench.Decider;
using Intake.Bench.EndToEnd;
using Intake.Bench.Export;
using Intake.Bench.FanOut;
using Intake.Bench.Harness;

namespace Intake.Bench;

/// <summary>
/// One benchmark run: <c>all</c> (the default) runs every benchmark at full scale and writes
/// bench/results/latest.json and the table in docs/performance.md; naming benchmarks
/// (<c>decider latency throughput burst breach polling fanout export list</c>) or adding <c>--quick</c> runs a part or
/// a smaller scale and writes bench/results/partial.json only, so a partial run never replaces the
/// published figures.
/// </summary>
public static class BenchRun
{
    public static readonly string[] Names = ["decider", "latency", "throughput", "burst", "breach", "polling", "fanout", "export", "list"];

    /// <summary>Run only when named: on Azurite the 10,000-submission burst runs for hours (docs/performance.md says why).</summary>
    private static readonly string[] OnlyWhenNamed = ["breach"];

    public static async Task<int> RunAsync(string[] args, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(log);
        var quick = args.Contains("--quick");
        string? Option(string name) => args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];

        // --export-sizes=50,500 measures only those sizes (MiB of source rows): a partial run.
        var sizes = Option("--export-sizes")?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(m => int.Parse(m, CultureInfo.InvariantCulture)).ToList();
        // --breach-size=2000 runs the breach burst at that size; --engine:Key=Value sets an Engine:* setting
        // of the breach burst's host over BreachBurstBench.BurstEngine (to try a setting before changing it there).
        var breachSize = Option("--breach-size");
        // --breach-minutes=25 stops waiting for verification mails after that long (default 120) and
        // reports what is still queued in the engine apart from what is lost.
        var breachMinutes = Option("--breach-minutes");
        var engineOverrides = args.Where(a => a.StartsWith("--engine:", StringComparison.Ordinal))
            .Select(a => a["--".Length..].Split('=', 2))
            .ToDictionary(pair => "Engine:" + pair[0]["engine:".Length..], pair => (string?)(pair.Length == 2 ? pair[1] : "true"), StringComparer.Ordinal);

        // A mistyped option is refused, not ignored: a breach run that ignored --breach-minutes would wait two hours.
        string[] options = ["--export-sizes=", "--breach-size=", "--breach-minutes=", "--engine:"];
        var named = args.Where(a => a is not ("--quick" or "all") && !options.Any(option => a.StartsWith(option, StringComparison.Ordinal))).ToList();
        var unknown = named.Except(Names).ToList();
        if (unknown.Count > 0)
        {
            await log.WriteLineAsync($"Unknown benchmark(s) or option(s): {string.Join(", ", unknown)}. Known: all, {string.Join(", ", Names)}; options --quick, {string.Join(", ", options)}.");
            return 2;
        }

        var selected = named.Count == 0 ? Names.Except(OnlyWhenNamed).ToArray() : Names.Where(named.Contains).ToArray();
        var full = named.Count == 0 && !quick && sizes is null && breachSize is null && breachMinutes is null && engineOverrides.Count == 0;
        var scale = quick ? BenchScale.Quick : BenchScale.Full;
        if (breachSize is not null)
        {
            scale = scale with { BreachBurst = int.Parse(breachSize, CultureInfo.InvariantCulture) };
        }

        if (sizes is { Count: > 0 })
        {
            scale = scale with { ExportMegabytes = sizes };
        }

        var root = Repository.Root();
        var tools = AzuriteOptions.DefaultToolsPath();
        var machine = await MachineInfo.ReadAsync(tools);
        var runAt = DateTimeOffset.UtcNow;
        var commit = await Repository.CommitAsync(root);
        await log.WriteLineAsync($"Intake benchmarks ({scale.Name}): {string.Join(", ", selected)}");
        await log.WriteLineAsync($"Machine: {machine.Summary()}");

        var figures = new List<Figure>();
        async Task Report(IEnumerable<Figure> measured)
        {
            foreach (var figure in measured)
            {
                figures.Add(figure);
                await log.WriteLineAsync("→ " + figure.Line());
            }
        }

        if (selected.Contains("decider"))
        {
            await log.WriteLineAsync("== decider (BenchmarkDotNet)");
            await Report(await new DeciderBench(scale, log).RunAsync());
        }

        await using (var storage = await BenchStorage.StartAsync(tools))
        using (var counter = new StorageCallCounter())
        {
            if (selected.Contains("latency") || selected.Contains("throughput"))
            {
                await using var host = await BenchHost.StartAsync(storage);
                using var client = new HttpClient { BaseAddress = host.BaseAddress };
                var door = await RequestDoor.ChooseAsync(host, client);
                await log.WriteLineAsync($"Requests go {door.Label}.");

                // Latency first, on a quiet host: the throughput phases leave thousands of mails behind.
                if (selected.Contains("latency"))
                {
                    await log.WriteLineAsync("== latency: submit → verification mail");
                    await Report(await new LatencyBench(host, door, storage, counter, scale, log).RunAsync());
                }

                if (selected.Contains("throughput"))
                {
                    await log.WriteLineAsync("== throughput");
                    await Report([await new ThroughputBench(host, door, storage, counter, scale, log).RunAsync()]);
                }
            }

            if (selected.Contains("burst"))
            {
                await log.WriteLineAsync("== burst");
                await Report(await new BurstBench(storage, counter, scale, log).RunAsync());
            }

            if (selected.Contains("breach"))
            {
                await log.WriteLineAsync("== breach burst");
                await Report(await new BreachBurstBench(storage, counter, scale, engineOverrides, TimeSpan.FromMinutes(breachMinutes is null ? 120 : double.Parse(breachMinutes, CultureInfo.InvariantCulture)), log).RunAsync());
            }

            if (selected.Contains("polling"))
            {
                await log.WriteLineAsync("== engine polling");
                await Report([await new PollingBench(storage, counter, scale, log).RunAsync()]);
            }

            if (selected.Contains("fanout"))
            {
                await log.WriteLineAsync("== fan-out");
                await Report(await new FanOutBench(storage, scale, log).RunAsync());
            }

            if (selected.Contains("export"))
            {
                await log.WriteLineAsync("== export");
                await Report(await new ExportBench(storage, scale, log).RunAsync());
            }

            if (selected.Contains("list"))
            {
                await log.WriteLineAsync("== staff list");
                await Report(await new StaffListBench(storage, scale, log).RunAsync());
            }
        }

        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"The 1-minute load average was {Load(machine.LoadAverageAtStart)} at the start and {Load(MachineInfo.LoadAverage())} at the end: the machine is shared, so absolute figures move from run to run; each ratio compares phases that alternated within this run."),
        };
        if (scale.Name != BenchScale.Full.Name || scale.ExportMegabytes[^1] != BenchScale.Full.ExportMegabytes[^1])
        {
            notes.Add("Scaled down (quick run): the figures only show that the benchmarks run.");
        }

        var report = new RunReport(runAt, scale.Name, commit, machine, notes, figures);
        var results = Path.Combine(root, "bench", "results");
        Directory.CreateDirectory(results);
        var json = Path.Combine(results, full ? "latest.json" : "partial.json");
        await File.WriteAllTextAsync(json, report.ToJson() + "\n");
        var markdown = report.ToMarkdown();
        if (full)
        {
            await PerformanceDoc.WriteAsync(Path.Combine(root, "docs", "performance.md"), markdown);
        }

        await log.WriteLineAsync();
        await log.WriteLineAsync(markdown);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Written: {Path.GetRelativePath(root, json)}{(full ? " and docs/performance.md" : string.Empty)}; took {(DateTimeOffset.UtcNow - runAt).TotalMinutes:0.0} min."));
        return 0;
    }

    private static string Load(double? load) => load?.ToString("0.##", CultureInfo.InvariantCulture) ?? "unknown";
}
