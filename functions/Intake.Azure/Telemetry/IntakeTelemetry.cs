using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Intake.Azure.Telemetry;

/// <summary>
/// Intake's own trace source and meter. Tags carry request ids, effect kinds and outcomes —
/// never names, addresses or free text from a request.
/// </summary>
public static class IntakeTelemetry
{
    public const string SourceName = "Intake";
    public const string MeterName = "Intake";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Commands decided, by command and outcome (accepted, rejected).</summary>
    public static readonly Counter<long> Commands = Meter.CreateCounter<long>("intake.commands", description: "Commands decided");

    /// <summary>Effects run, by effect kind and outcome (done, retry, parked).</summary>
    public static readonly Counter<long> Effects = Meter.CreateCounter<long>("intake.effects", description: "Effects run");

    /// <summary>How long effects take, by kind.</summary>
    public static readonly Histogram<double> EffectDuration = Meter.CreateHistogram<double>("intake.effect.duration", "ms", "Time to run one effect");
}
