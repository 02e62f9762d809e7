using System.Globalization;
using Intake.Core.Records;
using Intake.Web.Links;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class OverviewPage
{
    [Parameter, EditorRequired]
    public OverviewView View { get; set; } = default!;

    /// <summary>The list's path after the language segment, with its filters.</summary>
    [Parameter]
    public string? SwitchPath { get; set; }

    private string Intro => Placeholders.Fill(View.Texts.Intro, ("controller", View.Access.Controller.Primary.Name));

    /// <summary>When the list was read, and how far behind storage it may be when it comes from the cache.</summary>
    private string ListedAt
    {
        get
        {
            var time = LocalTimes.Format(View.AsOf, View.Access.Controller.TimeZoneId, View.Access.Texts);
            return View.MaxAge > TimeSpan.Zero
                ? Placeholders.Fill(View.Texts.ListedAt, ("time", time), ("seconds", Math.Ceiling(View.MaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture)))
                : Placeholders.Fill(View.Texts.ListedAtExact, ("time", time));
        }
    }

    private string Caption
    {
        get
        {
            var page = View.Page;
            var from = ((page.Page - 1) * RequestList.PageSize) + 1;
            return Placeholders.Fill(
                View.Texts.Caption,
                ("from", from.ToString(CultureInfo.InvariantCulture)),
                ("to", (from + page.Rows.Count - 1).ToString(CultureInfo.InvariantCulture)),
                ("total", page.Total.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public static PageResult Result(OverviewView view, string switchPath)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new PageResult(PageView.Of<OverviewPage>(new Dictionary<string, object?>
        {
            [nameof(View)] = view,
            [nameof(SwitchPath)] = switchPath,
        }));
    }
}
