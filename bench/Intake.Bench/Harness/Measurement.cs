namespace Intake.Bench.Harness;

/// <summary>One reported number with the spread of the samples it came from.</summary>
/// <param name="Value">The figure: a median unless the title says otherwise (p95).</param>
/// <param name="Min">Smallest sample.</param>
/// <param name="Max">Largest sample.</param>
/// <param name="Samples">How many repetitions the spread covers.</param>
public sealed record Measurement(double Value, string Unit, double Min, double Max, int Samples)
{
    public static Measurement Median(Sampled samples, string unit)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return new Measurement(samples.Median, unit, samples.Min, samples.Max, samples.Count);
    }

    public static Measurement P95(Sampled samples, string unit)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return new Measurement(samples.P95, unit, samples.Min, samples.Max, samples.Count);
    }

    public static Measurement Single(double value, string unit) => new(value, unit, value, value, 1);
}
