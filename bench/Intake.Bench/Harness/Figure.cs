using System.Globalization;

namespace Intake.Bench.Harness;

/// <summary>
/// One row of the results: a measured figure beside its baseline from the same run on the same
/// Azurite, their ratio (<c>measured / baseline</c>), the aim for that ratio, and notes on what
/// the figure includes or why an aim was missed.
/// </summary>
public sealed record Figure(
    string Id,
    string Title,
    Measurement Measured,
    string BaselineTitle,
    Measurement Baseline,
    Aim? Aim,
    string Notes)
{
    public double Ratio => Measured.Value / Baseline.Value;

    public bool? AimMet => Aim?.IsMetBy(Ratio);

    public string Line() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Title}: {Format(Measured)} vs {BaselineTitle}: {Format(Baseline)} → ratio {Ratio:0.###}{(Aim is null ? string.Empty : $" (aim {Aim.Text}: {(AimMet == true ? "met" : "MISSED")})")}");

    public static string Format(Measurement m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.Samples > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{Number(m.Value)} {m.Unit} [{Number(m.Min)}–{Number(m.Max)}, n={m.Samples}]")
            : string.Create(CultureInfo.InvariantCulture, $"{Number(m.Value)} {m.Unit}");
    }

    /// <summary>Three significant digits or whole numbers, whichever reads better.</summary>
    public static string Number(double value) =>
        Math.Abs(value) >= 100
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString(Math.Abs(value) >= 10 ? "0.0" : Math.Abs(value) >= 1 ? "0.00" : "0.###", CultureInfo.InvariantCulture);
}
