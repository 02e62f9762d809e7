using System.Globalization;
using Intake.Core.Records;
using Intake.Web.Links;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class OverviewPager
{
    [Parameter, EditorRequired]
    public OverviewView View { get; set; } = default!;

    private RequestListPage Page => View.Page;

    /// <summary>The first and last page and two either side of this one, each with whether pages are skipped before it.</summary>
    private List<(int Number, bool GapBefore)> Numbers
    {
        get
        {
            var numbers = new SortedSet<int> { 1, Page.PageCount };
            for (var number = Math.Max(1, Page.Page - 2); number <= Math.Min(Page.PageCount, Page.Page + 2); number++)
            {
                numbers.Add(number);
            }

            var shown = new List<(int, bool)>();
            var previous = 0;
            foreach (var number in numbers)
            {
                shown.Add((number, number > previous + 1));
                previous = number;
            }

            return shown;
        }
    }

    private string Label(int number) => Placeholders.Fill(
        View.Texts.PageOf,
        ("page", number.ToString(CultureInfo.InvariantCulture)),
        ("pages", Page.PageCount.ToString(CultureInfo.InvariantCulture)));

    private string Link(int page) => View.Here + View.Query.ToQueryString(page);
}
