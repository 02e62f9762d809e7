using System.Globalization;
using Intake.Web.Pages;

namespace Intake.Web.Accountability;

/// <summary>One bar: its label, its length, the text written beside it, and whether it is hatched.</summary>
public sealed record ChartBar(string Label, int Value, string ValueText, bool Hatched = false);

/// <summary>
/// A horizontal bar chart as inline SVG, drawn on the server. Each bar has its label above it and
/// its value written beside it, so the chart reads without colour; hatching tells the bars that
/// need telling apart (late from on time) by pattern as well. The SVG scales with its viewBox, so
/// it never makes a narrow page scroll sideways; a data table always follows it on the page.
/// </summary>
public static class ReportChart
{
    private const int Width = 480;
    private const int LineHeight = 21;
    private const int RowGap = 12;

    /// <summary>Characters of a label line: about 400 of the 480 units at the 18 px the stylesheet sets.</summary>
    private const int LineCharacters = 40;

    private const int BarHeight = 20;

    /// <summary>Room right of the longest bar for its value text.</summary>
    private const int ValueRoom = 140;

    public static HtmlContent Bars(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = bars.Count == 0 ? 0 : bars.Max(bar => bar.Value);
        var rows = new List<HtmlContent>();
        var top = 0;
        foreach (var bar in bars)
        {
            var lines = Wrap(bar.Label, LineCharacters);
            var labels = lines.Select((line, index) => Html.Of($"<tspan x=\"0\" dy=\"{(index == 0 ? 0 : LineHeight)}\">{line}</tspan>"));
            var barTop = top + 7 + (lines.Count * LineHeight);
            var length = max == 0 ? 0 : Math.Round((double)bar.Value / max * (Width - ValueRoom), 1);
            var fill = bar.Hatched ? Html.Of($" fill=\"url(#{id}-hatch)\"") : HtmlContent.Empty;
            var css = bar.Hatched ? "chart-bar-hatched" : "chart-bar";
            rows.Add(Html.Of($"""
                <text class="chart-label" x="0" y="{top + 18}">{Html.Join(labels)}</text>
                <rect class="{css}" x="0" y="{barTop}" width="{Math.Max(length, 1)}" height="{BarHeight}"{fill}></rect>
                <text class="chart-value" x="{Number(length + 8)}" y="{barTop + 16}">{bar.ValueText}</text>
                """));
            top = barTop + BarHeight + RowGap;
        }

        return Html.Of($"""
            <svg class="chart" viewBox="0 0 {Width} {top}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" focusable="false" xmlns="http://www.w3.org/2000/svg">
            <title id="{id}-title">{title}</title>
            <desc id="{id}-desc">{description}</desc>
            <defs><pattern id="{id}-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect class="chart-hatch-ground" width="8" height="8"></rect><line class="chart-hatch-line" x1="2" y1="0" x2="2" y2="8"></line></pattern></defs>
            {Html.Join(rows)}
            </svg>
            """);
    }

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

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
