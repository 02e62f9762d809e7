using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Intake.Orchestration.Telemetry;

/// <summary>
/// Intake's own trace source and meter. Tags carry request ids, effect kinds and outcomes —
/// never names, addresses or free text from a request.
/// </summary>
public static class IntakeTelemetry
{
    public const string SourceName = "Intake";
    public const string MeterName = "Intake";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// Every trace source both hosts export: Intake's own, the Durable Task engine's (framework and
    /// SDK: orchestrations, activities, timers and events as spans) and the Azure SDK's.
    /// </summary>
    public static IReadOnlyList<string> TraceSources { get; } = [SourceName, "DurableTask.Core", "DurableTask.AzureStorage", "Microsoft.DurableTask", "Azure.*"];

    /// <summary>Every meter both hosts export.</summary>
    public static IReadOnlyList<string> Meters { get; } = [MeterName, "Azure.*"];

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Commands decided, by command and outcome (accepted, rejected).</summary>
    public static readonly Counter<long> Commands = Meter.CreateCounter<long>("intake.commands", description: "Commands decided");

    /// <summary>Effects run, by effect kind and outcome (done, retry, parked).</summary>
    public static readonly Counter<long> Effects = Meter.CreateCounter<long>("intake.effects", description: "Effects run");

    /// <summary>Commands a request's instance ignored because they could not be read (a hand-raised or foreign event).</summary>
    public static readonly Counter<long> IgnoredEvents = Meter.CreateCounter<long>("intake.events.ignored", description: "External events an instance could not read and ignored");

    /// <summary>How long effects take, by kind.</summary>
    public static readonly Histogram<double> EffectDuration = Meter.CreateHistogram<double>("intake.effect.duration", "ms", "Time to run one effect");
}
