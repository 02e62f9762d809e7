namespace Intake.Bench.Harness;

/// <summary>What a ratio should reach, as text for the table and as a test of the measured ratio.</summary>
public sealed record Aim(string Text, Func<double, bool> IsMetBy)
{
    public static Aim AtLeast(double ratio) =>
        new(FormattableString.Invariant($"≥ {ratio:0.##}"), measured => measured >= ratio);

    public static Aim AtMost(double ratio) =>
        new(FormattableString.Invariant($"≤ {ratio:0.##}×"), measured => measured <= ratio);

    /// <summary>"About equal": within <paramref name="tolerance"/> either way of 1.</summary>
    public static Aim AboutEqual(double tolerance) =>
        new(FormattableString.Invariant($"≈ 1 (within {1 / tolerance:0.##}–{tolerance:0.##})"), measured => measured <= tolerance && measured >= 1 / tolerance);
}
