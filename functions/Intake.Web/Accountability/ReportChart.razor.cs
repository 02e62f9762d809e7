using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Accountability;

public sealed partial class ReportChart
{
    private const int Width = 480;
    private const int LineHeight = 21;
    private const int RowGap = 12;

    /// <summary>Characters of a label line: about 400 of the 480 units at the 18 px the stylesheet sets.</summary>
    private const int LineCharacters = 40;

    private const int BarHeight = 20;

    /// <summary>Room right of the longest bar for its value text.</summary>
    private const int ValueRoom = 140;

    private static readonly string LineHeightText = Text(LineHeight);

    private static readonly string BarHeightText = Text(BarHeight);

    [Parameter, EditorRequired]
    public string Id { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Title { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Description { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public IReadOnlyList<ChartBar> Bars { get; set; } = [];

    private IReadOnlyList<Row> Rows { get; set; } = [];

    private string Height { get; set; } = "0";

    /// <summary>
    /// SVG text does not wrap by itself, and a label wider than the viewBox would be cut off; so a
    /// long label is broken between words into lines that fit (at the chart's font, about
    /// <paramref name="width"/> characters).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string label, int width)
    {
        ArgumentNullException.ThrowIfNull(label);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    protected override void OnParametersSet()
    {
        var max = Bars.Count == 0 ? 0 : Bars.Max(bar => bar.Value);
        var rows = new List<Row>();
        var top = 0;
        foreach (var bar in Bars)
        {
            var lines = Wrap(bar.Label, LineCharacters);
            var barTop = top + 7 + (lines.Count * LineHeight);
            var length = max == 0 ? 0 : Math.Round((double)bar.Value / max * (Width - ValueRoom), 1);
            rows.Add(new Row(
                lines,
                Text(top + 18),
                Text(barTop),
                Math.Max(length, 1).ToString(CultureInfo.InvariantCulture),
                bar.Hatched ? "chart-bar-hatched" : "chart-bar",
                bar.Hatched ? $"url(#{Id}-hatch)" : null,
                (length + 8).ToString("0.#", CultureInfo.InvariantCulture),
                Text(barTop + 16),
                bar.ValueText));
            top = barTop + BarHeight + RowGap;
        }

        Rows = rows;
        Height = Text(top);
    }

    // Attribute values are written with ToString(); numbers go in as invariant text so no culture can turn 12.5 into "12,5".
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <param name="Fill">The hatch pattern for a hatched bar; none (no attribute) otherwise.</param>
    private sealed record Row(IReadOnlyList<string> Lines, string LabelY, string BarTop, string Length, string Css, string? Fill, string ValueX, string ValueY, string ValueText);
}
