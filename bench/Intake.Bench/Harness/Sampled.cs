namespace Intake.Bench.Harness;

/// <summary>
/// Repeated measurements of one quantity: the median is the figure reported, min and max its
/// spread, p95 the tail. Percentiles interpolate between the two nearest samples.
/// </summary>
public sealed record Sampled(IReadOnlyList<double> Values)
{
    public int Count => Values.Count;

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    public double Min => Values.Min();

    public double Max => Values.Max();

    public double Percentile(double percent)
    {
        if (Values.Count == 0)
        {
            throw new InvalidOperationException("No samples were taken.");
        }

        var sorted = Values.Order().ToArray();
        var rank = percent / 100.0 * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
