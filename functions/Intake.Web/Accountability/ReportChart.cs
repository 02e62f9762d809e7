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
    private const int Width = 640;
    private const int RowHeight = 58;
    private const int BarHeight = 22;

    /// <summary>Room right of the longest bar for its value text.</summary>
    private const int ValueRoom = 150;

    public static HtmlContent Bars(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = bars.Count == 0 ? 0 : bars.Max(bar => bar.Value);
        var height = (bars.Count * RowHeight) + 6;
        var rows = bars.Select((bar, index) =>
        {
            var top = index * RowHeight;
            var length = max == 0 ? 0 : Math.Round((double)bar.Value / max * (Width - ValueRoom), 1);
            var fill = bar.Hatched ? Html.Of($" fill=\"url(#{id}-hatch)\"") : HtmlContent.Empty;
            var css = bar.Hatched ? "chart-bar-hatched" : "chart-bar";
            return Html.Of($"""
                <text class="chart-label" x="0" y="{top + 19}">{bar.Label}</text>
                <rect class="{css}" x="0" y="{top + 27}" width="{Math.Max(length, 1)}" height="{BarHeight}"{fill}></rect>
                <text class="chart-value" x="{Number(length + 8)}" y="{top + 44}">{bar.ValueText}</text>
                """);
        });
        return Html.Of($"""
            <svg class="chart" viewBox="0 0 {Width} {height}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" focusable="false" xmlns="http://www.w3.org/2000/svg">
            <title id="{id}-title">{title}</title>
            <desc id="{id}-desc">{description}</desc>
            <defs><pattern id="{id}-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect class="chart-hatch-ground" width="8" height="8"></rect><line class="chart-hatch-line" x1="2" y1="0" x2="2" y2="8"></line></pattern></defs>
            {Html.Join(rows)}
            </svg>
            """);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
