using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Intake.Bench.Harness;

/// <summary>One run's figures with the machine they were measured on, as JSON and as a Markdown table.</summary>
public sealed record RunReport(DateTimeOffset RunAt, string Scale, string Commit, MachineInfo Machine, IReadOnlyList<string> Notes, IReadOnlyList<Figure> Figures)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(
        new
        {
            runAt = RunAt,
            scale = Scale,
            commit = Commit,
            machine = Machine,
            notes = Notes,
            figures = Figures.Select(f => new
            {
                id = f.Id,
                title = f.Title,
                measured = Shape(f.Measured),
                baseline = new { title = f.BaselineTitle, value = Round(f.Baseline.Value), unit = f.Baseline.Unit, min = Round(f.Baseline.Min), max = Round(f.Baseline.Max), samples = f.Baseline.Samples },
                ratio = Round(f.Ratio),
                aim = f.Aim?.Text,
                aimMet = f.AimMet,
                notes = f.Notes,
            }),
        },
        Json);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run of {RunAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC, commit {Commit}, scale \"{Scale}\".");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine.Summary()}.");
        text.AppendLine();
        text.AppendLine("| # | Figure | Measured: median [min–max, n] | Baseline (same run, same Azurite) | Ratio | Aim | Met |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        var row = 0;
        foreach (var f in Figures)
        {
            row++;
            var met = f.AimMet switch { true => "yes", false => "**no**", null => "—" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row} | {Cell(f.Title)} | {Cell(Figure.Format(f.Measured))} | {Cell(f.BaselineTitle)}: {Cell(Figure.Format(f.Baseline))} | {f.Ratio:0.###} | {Cell(f.Aim?.Text ?? "—")} | {met} |");
        }

        text.AppendLine();
        row = 0;
        foreach (var f in Figures)
        {
            row++;
            text.AppendLine(CultureInfo.InvariantCulture, $"{row}. {f.Notes}");
        }

        foreach (var note in Notes)
        {
            text.AppendLine();
            text.AppendLine(note);
        }

        return text.ToString();
    }

    private static object Shape(Measurement m) => new { value = Round(m.Value), unit = m.Unit, min = Round(m.Min), max = Round(m.Max), samples = m.Samples };

    private static double Round(double value) => Math.Round(value, value >= 100 ? 1 : 4);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
