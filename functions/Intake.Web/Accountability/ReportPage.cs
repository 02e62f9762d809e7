using Intake.Core.Accountability;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Staff;
using Intake.Web.Texts;

namespace Intake.Web.Accountability;

/// <summary>
/// The accountability report page: the period form, then one section per subject, each chart
/// followed by the table of its figures. The sections are what print on separate pages.
/// </summary>
public static class ReportPage
{
    /// <param name="page">The report's own path (path base and language prefix included), without a query.</param>
    /// <param name="overview">The staff overview the report belongs to.</param>
    public static HtmlContent Render(StaffAccess access, ReportQuery query, AccountabilityReport? report, string page, string overview, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(query);
        var texts = ReportTexts.For(access.Language);
        var header = Html.Of($"""
            <p class="report-back"><a href="{overview}">{texts.BackToOverview}</a></p>
            <h1>{texts.Title}</h1>
            """);
        if (report is null)
        {
            return Html.Of($"""
                <div class="report">
                {header}
                {FormHtml.ErrorSummary(access.Texts.ErrorSummaryTitle, [new FieldError("from", texts.PeriodInvalid)])}
                {PeriodForm(texts, query, page, today, texts.PeriodInvalid)}
                </div>
                """);
        }

        var dates = access.Texts;
        var intro = Placeholders.Fill(
            texts.Intro,
            ("controller", access.Controller.Primary.Name),
            ("from", dates.FormatDate(report.Period.From)),
            ("to", dates.FormatDate(report.Period.To)),
            ("zone", report.TimeZoneId));
        var computed = Placeholders.Fill(texts.ComputedAt, ("time", LocalTimes.Format(report.Now, report.TimeZoneId, dates)));
        var csv = page + ".csv" + ReportQuery.QueryString(report.Period);
        var json = page + ".json" + ReportQuery.QueryString(report.Period);
        return Html.Of($"""
            <div class="report">
            {header}
            <p>{intro}</p>
            <p>{computed}</p>
            {PeriodForm(texts, query, page, today, null)}
            <p class="report-downloads">{texts.DownloadsLabel} <a href="{csv}" download>{texts.CsvLink}</a> · <a href="{json}">{texts.JsonLink}</a></p>
            {Summary(texts, report)}
            {Received(texts, report)}
            {Outcomes(texts, report)}
            {Timeliness(texts, report)}
            {Extensions(texts, report)}
            {Refusals(texts, report)}
            {KeptBack(texts, report)}
            </div>
            """);
    }

    private static HtmlContent PeriodForm(ReportTexts texts, ReportQuery query, string page, DateOnly today, string? error)
    {
        var presets = new[]
        {
            (texts.YearToDate, ReportPeriod.YearToDate(today)),
            (texts.PreviousMonth, ReportPeriod.PreviousMonth(today)),
            (texts.PreviousQuarter, ReportPeriod.PreviousQuarter(today)),
            (texts.PreviousYear, ReportPeriod.PreviousYear(today)),
        }.Select(preset => Html.Of($"<li><a href=\"{page + ReportQuery.QueryString(preset.Item2)}\">{preset.Item1}</a></li>"));
        return Html.Of($"""
            <form class="report-period" method="get" action="{page}">
            <fieldset>
            <legend>{texts.PeriodLegend}</legend>
            <div class="report-dates">
            {FormHtml.TextInput("from", texts.FromLabel, texts.DateHint, query.From, error, required: true, type: "date")}
            {FormHtml.TextInput("to", texts.ToLabel, texts.DateHint, query.To, null, required: true, type: "date")}
            </div>
            {FormHtml.Submit(texts.ShowButton)}
            </fieldset>
            <p class="report-presets">{texts.PresetsLabel}</p>
            <ul class="report-presets">{Html.Join(presets)}</ul>
            <p class="hint">{texts.DefaultPeriodNote}</p>
            </form>
            """);
    }

    private static HtmlContent Summary(ReportTexts texts, AccountabilityReport report)
    {
        var rows = new List<(string, string)>
        {
            (texts.TotalLabel, Count(report.Total)),
            (texts.OnTimeShareLabel, Share(texts, report.Timeliness.OnTimeShare)),
            (texts.DaysMedianLabel + " (" + texts.DaysHeading + ")", Decimal(texts, report.DaysToAnswer.Median)),
            (texts.OpenOverdueLabel, Count(report.Timeliness.OpenOverdue)),
        };
        var empty = report.Total == 0 ? Html.Of($"<p class=\"notice\">{texts.NoRequests}</p>") : HtmlContent.Empty;
        return Section("summary", texts.SummaryHeading, Html.Of($"""
            {empty}
            {FigureTable(texts.SummaryHeading, texts.ColumnFigure, texts.ColumnValue, rows)}
            """));
    }

    private static HtmlContent Received(ReportTexts texts, AccountabilityReport report)
    {
        var types = report.ByType.Select(tally => (texts.TypeNames[tally.Key], tally.Count)).ToList();
        var channels = report.ByChannel.Select(tally => (texts.ChannelNames[tally.Key], tally.Count)).ToList();
        return Section("received", texts.TotalLabel, Html.Of($"""
            <h3 id="by-type">{texts.ByTypeHeading}</h3>
            {Pair(Chart(texts, "chart-type", texts.ByTypeHeading, types), CountTable(texts.ByTypeHeading, texts.ColumnType, texts.ColumnCount, types))}
            <h3 id="by-channel">{texts.ByChannelHeading}</h3>
            {Pair(Chart(texts, "chart-channel", texts.ByChannelHeading, channels), CountTable(texts.ByChannelHeading, texts.ColumnChannel, texts.ColumnCount, channels))}
            """));
    }

    private static HtmlContent Outcomes(ReportTexts texts, AccountabilityReport report)
    {
        var outcomes = report.ByOutcome.Select(tally => (texts.OutcomeNames[tally.Outcome], tally.Count)).ToList();
        var rows = report.ByOutcome.Select(tally => Html.Of($"<tr><th scope=\"row\">{texts.OutcomeNames[tally.Outcome]}</th><td class=\"number\">{Count(tally.Count)}</td><td class=\"number\">{Count(tally.Purged)}</td></tr>"));
        var table = Html.Of($"""
            <table class="report-table">
            <caption>{texts.ByOutcomeHeading}</caption>
            <thead><tr><th scope="col">{texts.ColumnOutcome}</th><th scope="col" class="number">{texts.ColumnCount}</th><th scope="col" class="number">{texts.ColumnPurged}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            <tfoot><tr><th scope="row">{texts.TotalLabel}</th><td class="number">{Count(report.Total)}</td><td class="number">{Count(report.ByOutcome.Sum(tally => tally.Purged))}</td></tr></tfoot>
            </table>
            """);
        return Section("outcomes", texts.ByOutcomeHeading, Html.Of($"""
            {Pair(Chart(texts, "chart-outcome", texts.ByOutcomeHeading, outcomes), table)}
            <p class="hint">{texts.OutcomeNote}</p>
            """));
    }

    private static HtmlContent Timeliness(ReportTexts texts, AccountabilityReport report)
    {
        var timeliness = report.Timeliness;
        var judged = timeliness.Judged;
        var bars = new List<ChartBar>
        {
            new(texts.OnTimeLabel, timeliness.OnTime, WithShare(texts, timeliness.OnTime, judged)),
            new(texts.LateLabel, timeliness.Late, WithShare(texts, timeliness.Late, judged), Hatched: true),
            new(texts.OpenOverdueLabel, timeliness.OpenOverdue, Count(timeliness.OpenOverdue), Hatched: true),
        };
        var rows = new List<(string, string)>
        {
            (texts.OnTimeLabel, Count(timeliness.OnTime)),
            (texts.LateLabel, Count(timeliness.Late)),
            (texts.OnTimeShareLabel, Share(texts, timeliness.OnTimeShare)),
            (texts.WithoutDueDateLabel, Count(timeliness.WithoutDueDate)),
            (texts.WithoutAnswerTimeLabel, Count(timeliness.WithoutAnswerTime)),
            (texts.OpenOverdueLabel, Count(timeliness.OpenOverdue)),
            (texts.OpenWithinTimeLabel, Count(timeliness.OpenWithinTime)),
        };
        var days = report.DaysToAnswer;
        var dayRows = new List<(string, string)>
        {
            (texts.DaysCountLabel, Count(days.Count)),
            (texts.DaysMinLabel, Count(days.Min)),
            (texts.DaysMedianLabel, Decimal(texts, days.Median)),
            (texts.DaysPercentileLabel, Count(days.Percentile95)),
            (texts.DaysMaxLabel, Count(days.Max)),
        };
        var chart = ReportChart.Bars("chart-timeliness", texts.TimelinessHeading, Placeholders.Fill(texts.ChartDescription, ("chart", texts.TimelinessHeading)), bars);
        return Section("timeliness", texts.TimelinessHeading, Html.Of($"""
            <p>{texts.TimelinessDefinition}</p>
            {Pair(Figure(chart), FigureTable(texts.TimelinessHeading, texts.ColumnFigure, texts.ColumnValue, rows))}
            <h3 id="days">{texts.DaysHeading}</h3>
            <p>{texts.DaysDefinition}</p>
            {FigureTable(texts.DaysHeading, texts.ColumnFigure, texts.ColumnValue, dayRows)}
            """));
    }

    private static HtmlContent Extensions(ReportTexts texts, AccountabilityReport report)
    {
        var extensions = report.Extensions;
        var reasons = extensions.Reasons.Select(reason => Html.Of($"<tr><td class=\"reason\">{reason.Reason}</td><td class=\"number\">{Count(reason.Count)}</td></tr>"));
        var missing = new[]
        {
            (texts.ReasonRemovedAtPurgeLabel, extensions.ReasonRemovedAtPurge),
            (texts.ReasonNotRecordedLabel, extensions.ReasonNotRecorded),
        }.Where(row => row.Item2 > 0).Select(row => Html.Of($"<tr><td><em>{row.Item1}</em></td><td class=\"number\">{Count(row.Item2)}</td></tr>"));
        return Section("extensions", texts.ExtensionsHeading, Html.Of($"""
            <p>{texts.ExtensionsDefinition}</p>
            {FigureTable(texts.ExtensionsHeading, texts.ColumnFigure, texts.ColumnValue, [(texts.ExtendedLabel, Count(extensions.Extended))])}
            <table class="report-table">
            <caption>{texts.ColumnReason}</caption>
            <thead><tr><th scope="col">{texts.ColumnReason}</th><th scope="col" class="number">{texts.ColumnCount}</th></tr></thead>
            <tbody>{Html.Join(reasons)}{Html.Join(missing)}</tbody>
            </table>
            """));
    }

    private static HtmlContent Refusals(ReportTexts texts, AccountabilityReport report)
    {
        var grounds = report.Refusals.ByGround.Select(tally => (texts.GroundNames[tally.Key], tally.Count)).ToList();
        var tableRows = grounds.Append((texts.GroundNotRecordedLabel, report.Refusals.GroundNotRecorded)).ToList();
        var repeats = report.Repeats;
        return Section("refusals", texts.RefusalsHeading, Html.Of($"""
            {Pair(Chart(texts, "chart-ground", texts.RefusalsHeading, grounds), CountTable(texts.RefusalsHeading, texts.ColumnGround, texts.ColumnCount, tableRows))}
            <h3 id="repeats">{texts.RepeatsHeading}</h3>
            <p>{texts.RepeatsDefinition}</p>
            {FigureTable(texts.RepeatsHeading, texts.ColumnFigure, texts.ColumnValue, [
                (texts.RepeatsLabel, Count(repeats.Repeats)),
                (texts.RepeatsRefusedLabel, Count(repeats.RepeatsRefusedAsManifestlyExcessive)),
                (texts.RefusedExcessiveLabel, Count(repeats.RefusedAsManifestlyExcessive)),
            ])}
            """));
    }

    private static HtmlContent KeptBack(ReportTexts texts, AccountabilityReport report)
    {
        var kept = report.KeptBack;
        var rows = kept.ByRule.Select(rule => Html.Of($"<tr><td class=\"reason\">{rule.Rule}</td><td class=\"number\">{Count(rule.Requests)}</td><td class=\"number\">{Count(rule.Rows)}</td></tr>"));
        return Section("kept-back", texts.KeptBackHeading, Html.Of($"""
            <p>{texts.KeptBackDefinition}</p>
            {FigureTable(texts.KeptBackHeading, texts.ColumnFigure, texts.ColumnValue, [
                (texts.ErasuresLabel, Count(kept.Erasures)),
                (texts.WithKeptDataLabel, Count(kept.RequestsWithKeptData)),
            ])}
            <table class="report-table">
            <caption>{texts.ColumnRule}</caption>
            <thead><tr><th scope="col">{texts.ColumnRule}</th><th scope="col" class="number">{texts.ColumnRequests}</th><th scope="col" class="number">{texts.ColumnRows}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            """));
    }

    private static HtmlContent Section(string id, string heading, HtmlContent body) => Html.Of($"""
        <section class="report-section" aria-labelledby="{id}">
        <h2 id="{id}">{heading}</h2>
        {body}
        </section>
        """);

    private static HtmlContent Pair(HtmlContent chart, HtmlContent table) => Html.Of($"""
        <div class="report-pair">
        {chart}
        {table}
        </div>
        """);

    private static HtmlContent Chart(ReportTexts texts, string id, string title, IReadOnlyList<(string Label, int Count)> tallies) =>
        Figure(ReportChart.Bars(id, title, Placeholders.Fill(texts.ChartDescription, ("chart", title)), [.. tallies.Select(tally => new ChartBar(tally.Label, tally.Count, Count(tally.Count)))]));

    private static HtmlContent Figure(HtmlContent chart) => Html.Of($"<figure class=\"report-chart\">{chart}</figure>");

    private static HtmlContent CountTable(string caption, string dimension, string count, IReadOnlyList<(string Label, int Count)> tallies)
    {
        var rows = tallies.Select(tally => Html.Of($"<tr><th scope=\"row\">{tally.Label}</th><td class=\"number\">{Count(tally.Count)}</td></tr>"));
        return Html.Of($"""
            <table class="report-table">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{dimension}</th><th scope="col" class="number">{count}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            """);
    }

    private static HtmlContent FigureTable(string caption, string figure, string value, IReadOnlyList<(string Label, string Value)> rows)
    {
        var body = rows.Select(row => Html.Of($"<tr><th scope=\"row\">{row.Label}</th><td class=\"number\">{row.Value}</td></tr>"));
        return Html.Of($"""
            <table class="report-table">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{figure}</th><th scope="col" class="number">{value}</th></tr></thead>
            <tbody>{Html.Join(body)}</tbody>
            </table>
            """);
    }

    private static string Count(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    private static string Share(ReportTexts texts, double? share) => share is { } value ? texts.FormatShare(value) : texts.NoFigure;

    private static string Decimal(ReportTexts texts, double? value) => value is { } number ? texts.FormatDecimal(number) : texts.NoFigure;

    private static string WithShare(ReportTexts texts, int count, int of) =>
        of == 0 ? Count(count) : $"{Count(count)} ({texts.FormatShare((double)count / of)})";
}
