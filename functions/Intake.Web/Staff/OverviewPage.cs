using System.Globalization;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;

namespace Intake.Web.Staff;

/// <param name="Here">The list's own path (path base included), which page links and "clear" lead to.</param>
/// <param name="DetailBase">The detail pages' path up to the reference.</param>
/// <param name="AsOf">When the summaries shown were read.</param>
/// <param name="MaxAge">How far behind storage they may be; zero when every view reads storage.</param>
public sealed record OverviewView(
    StaffAccess Access,
    RequestListTexts Texts,
    RequestListQuery Query,
    RequestListPage Page,
    string Here,
    string DetailBase,
    DateTimeOffset AsOf,
    TimeSpan MaxAge);

/// <summary>
/// The staff requests list: a GET form of filters, a table of one page, page links that keep the
/// filters. An overdue or repeat request says so in words as well as in colour, so nobody has to
/// tell red from black to see it; a purged request says how it ended and has no link, its record
/// being gone.
/// </summary>
public static class OverviewPage
{
    public static HtmlContent Render(OverviewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var texts = view.Texts;
        var access = view.Access;
        var intro = Placeholders.Fill(texts.Intro, ("controller", access.Controller.Primary.Name));
        var time = LocalTimes.Format(view.AsOf, access.Controller.TimeZoneId, access.Texts);
        var listedAt = view.MaxAge > TimeSpan.Zero
            ? Placeholders.Fill(texts.ListedAt, ("time", time), ("seconds", Math.Ceiling(view.MaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture)))
            : Placeholders.Fill(texts.ListedAtExact, ("time", time));
        var results = view.Page.Total == 0
            ? FormHtml.Paragraph(texts.NoMatches)
            : Html.Of($"{Table(view)}{Pager(view)}");
        return Html.Of($"""
            <h1>{texts.Title}</h1>
            {FormHtml.Paragraph(intro)}
            <p><a href="{view.Here}/report">{texts.ReportLink}</a></p>
            {Filters(view)}
            {results}
            <p class="listed-at">{listedAt}</p>
            """);
    }

    /// <summary>The body of the 400 page: each value that could not be read, and the way back.</summary>
    public static HtmlContent BadQuery(RequestListTexts texts, IReadOnlyList<RequestListQueryError> errors, string here)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        var items = errors.Select(error => Html.Of($"<li>{Placeholders.Fill(texts.Problems[error.Problem], ("value", error.Value))}</li>"));
        return Html.Of($"""
            {FormHtml.Paragraph(texts.BadQueryIntro)}
            <ul>{Html.Join(items)}</ul>
            <p><a href="{here}">{texts.ClearFilters}</a></p>
            """);
    }

    private static HtmlContent Filters(OverviewView view)
    {
        var texts = view.Texts;
        var query = view.Query;
        var staff = view.Access.Staff;
        var types = Enum.GetValues<RequestType>().Select(type => new Choice(type.WireName(), texts.TypeNames[type])).ToList();
        var channels = Enum.GetValues<Channel>().Select(channel => new Choice(RequestListQuery.ChannelValue(channel), staff.ChannelNames[channel])).ToList();
        var status = RequestListQuery.StatusValue(query.Status, query.Stage);
        var groups = new[] { ("open", texts.StatusOpen), ("closed", texts.StatusClosed), ("all", texts.StatusAll) }
            .Select(option => Option(option.Item1, option.Item2, status));
        var stages = Enum.GetValues<Stage>().Select(stage => Option(stage.WireName(), texts.StageNames[stage], status));
        var sort = RequestListQuery.SortValue(query.Sort);
        var sorts = new[] { (RequestListSort.Due, texts.SortDue), (RequestListSort.Received, texts.SortReceived) }
            .Select(option => Option(RequestListQuery.SortValue(option.Item1), option.Item2, sort));
        var due = query.DueWithinDays?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return Html.Of($"""
            <form class="list-filters" method="get" role="search" aria-label="{texts.FiltersLabel}">
            {FormHtml.TextInput(RequestListQuery.SearchField, texts.SearchLabel, texts.SearchHint, query.Search ?? string.Empty, null, false)}
            {FormHtml.Select(RequestListQuery.TypeField, texts.TypeLabel, null, types, query.Type?.WireName() ?? string.Empty, null, texts.AnyType)}
            <div class="field">
            <label for="{RequestListQuery.StatusField}">{texts.StatusLabel}</label>
            <select id="{RequestListQuery.StatusField}" name="{RequestListQuery.StatusField}">{Html.Join(groups)}<optgroup label="{texts.StatusOneStage}">{Html.Join(stages)}</optgroup></select>
            </div>
            {FormHtml.Select(RequestListQuery.ChannelField, texts.ChannelLabel, null, channels, query.Channel is { } channel ? RequestListQuery.ChannelValue(channel) : string.Empty, null, texts.AnyChannel)}
            {FormHtml.TextInput(RequestListQuery.DueField, texts.DueLabel, texts.DueHint, due, null, false, inputMode: "numeric")}
            {FormHtml.Checkbox(RequestListQuery.OverdueField, "1", texts.OverdueLabel, query.OverdueOnly, null, false)}
            <div class="field">
            <label for="{RequestListQuery.SortField}">{texts.SortLabel}</label>
            <select id="{RequestListQuery.SortField}" name="{RequestListQuery.SortField}">{Html.Join(sorts)}</select>
            </div>
            <div class="list-actions">{FormHtml.Submit(texts.ShowButton)} <a href="{view.Here}">{texts.ClearFilters}</a></div>
            </form>
            """);
    }

    private static HtmlContent Option(string value, string label, string selected) =>
        Html.Of($"<option value=\"{value}\"{(string.Equals(value, selected, StringComparison.Ordinal) ? HtmlContent.TrustedMarkup(" selected") : HtmlContent.Empty)}>{label}</option>");

    private static HtmlContent Table(OverviewView view)
    {
        var texts = view.Texts;
        var page = view.Page;
        var from = ((page.Page - 1) * RequestList.PageSize) + 1;
        var caption = Placeholders.Fill(
            texts.Caption,
            ("from", from.ToString(CultureInfo.InvariantCulture)),
            ("to", (from + page.Rows.Count - 1).ToString(CultureInfo.InvariantCulture)),
            ("total", page.Total.ToString(CultureInfo.InvariantCulture)));
        return Html.Of($"""
            <table class="request-list">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{texts.ColumnReference}</th><th scope="col">{texts.ColumnType}</th><th scope="col">{texts.ColumnStatus}</th><th scope="col">{texts.ColumnChannel}</th><th scope="col">{texts.ColumnReceived}</th><th scope="col">{texts.ColumnDue}</th></tr></thead>
            <tbody>
            {Html.Join(page.Rows.Select(summary => Row(view, summary)))}
            </tbody>
            </table>
            """);
    }

    private static HtmlContent Row(OverviewView view, RequestSummary summary)
    {
        var texts = view.Texts;
        var access = view.Access;
        var dates = access.Texts;
        var zone = access.Controller.TimeZoneId;
        var purged = summary.Stage == Stage.Purged;
        var overdue = summary.IsOverdueAt(access.Now);
        var reference = purged
            ? Html.Of($"<span class=\"reference\">{summary.Id.Value}</span>")
            : Html.Of($"<a class=\"reference\" href=\"{view.DetailBase}{summary.Id.Value}\">{summary.Id.Value}</a>");
        var repeat = summary.Repeat ? Html.Of($" <strong class=\"repeat\">{texts.RepeatMark}</strong>") : HtmlContent.Empty;
        var status = purged
            ? Html.Text(summary.EndedAs is { } ended ? Placeholders.Fill(texts.PurgedEndedAs, ("stage", texts.StageNames[ended])) : texts.StageNames[Stage.Purged])
            : Html.Text(texts.StageNames[summary.Stage]);
        var extended = summary.Extended ? Html.Of($" <span class=\"extended\">({texts.ExtendedMark})</span>") : HtmlContent.Empty;
        var overdueMark = overdue ? Html.Of($" <strong class=\"overdue\">{texts.OverdueMark}</strong>") : HtmlContent.Empty;
        var due = summary.DueDate is { } date
            ? Html.Of($"{dates.FormatDate(date)}{extended}{overdueMark}")
            : Html.Text(texts.NoDueDate);
        var rowClass = overdue ? Html.Of($" class=\"is-overdue\"") : HtmlContent.Empty;
        return Html.Of($"""
            <tr{rowClass}><th scope="row" data-label="{texts.ColumnReference}">{reference}</th><td data-label="{texts.ColumnType}">{texts.TypeNames[summary.Type]}{repeat}</td><td data-label="{texts.ColumnStatus}">{status}</td><td data-label="{texts.ColumnChannel}">{access.Staff.ChannelNames[summary.Channel]}</td><td data-label="{texts.ColumnReceived}">{dates.FormatDate(LocalTimes.LocalDate(summary.ReceivedAt, zone))}</td><td data-label="{texts.ColumnDue}">{due}</td></tr>

            """);
    }

    /// <summary>First, previous, the pages around this one, next, last: every link keeps the filters.</summary>
    private static HtmlContent Pager(OverviewView view)
    {
        var page = view.Page;
        if (page.PageCount <= 1)
        {
            return HtmlContent.Empty;
        }

        var texts = view.Texts;
        var numbers = new SortedSet<int> { 1, page.PageCount };
        for (var number = Math.Max(1, page.Page - 2); number <= Math.Min(page.PageCount, page.Page + 2); number++)
        {
            numbers.Add(number);
        }

        var items = new List<HtmlContent>();
        if (page.Page > 1)
        {
            items.Add(Html.Of($"<li><a rel=\"prev\" href=\"{Link(view, page.Page - 1)}\">{texts.PreviousPage}</a></li>"));
        }

        var previous = 0;
        foreach (var number in numbers)
        {
            if (number > previous + 1)
            {
                items.Add(Html.Of($"<li aria-hidden=\"true\">…</li>"));
            }

            var label = Placeholders.Fill(texts.PageOf, ("page", number.ToString(CultureInfo.InvariantCulture)), ("pages", page.PageCount.ToString(CultureInfo.InvariantCulture)));
            items.Add(number == page.Page
                ? Html.Of($"<li><a aria-current=\"page\" aria-label=\"{label}\" href=\"{Link(view, number)}\">{number}</a></li>")
                : Html.Of($"<li><a aria-label=\"{label}\" href=\"{Link(view, number)}\">{number}</a></li>"));
            previous = number;
        }

        if (page.Page < page.PageCount)
        {
            items.Add(Html.Of($"<li><a rel=\"next\" href=\"{Link(view, page.Page + 1)}\">{texts.NextPage}</a></li>"));
        }

        return Html.Of($"""
            <nav class="pager" aria-label="{texts.PagesLabel}"><ul>{Html.Join(items)}</ul></nav>
            """);
    }

    private static string Link(OverviewView view, int page) => view.Here + view.Query.ToQueryString(page);
}
