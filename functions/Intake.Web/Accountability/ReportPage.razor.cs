using System.Globalization;
using Intake.Core.Accountability;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Staff;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Accountability;

public sealed partial class ReportPage
{
    [Parameter, EditorRequired]
    public StaffAccess Access { get; set; } = default!;

    [Parameter, EditorRequired]
    public ReportQuery Query { get; set; } = default!;

    /// <summary>Null when the period asked for could not be read: the form is shown again with the error.</summary>
    [Parameter]
    public AccountabilityReport? Report { get; set; }

    /// <summary>The report's own path (path base and language prefix included), without a query.</summary>
    [Parameter, EditorRequired]
    public string Page { get; set; } = string.Empty;

    /// <summary>The staff overview the report belongs to.</summary>
    [Parameter, EditorRequired]
    public string Overview { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public DateOnly Today { get; set; }

    [Parameter]
    public string? SwitchPath { get; set; }

    private ReportTexts Texts => ReportTexts.For(Access.Language);

    private IReadOnlyList<FieldError> PeriodErrors => [new FieldError("from", Texts.PeriodInvalid)];

    /// <summary>The report, or the form again (400) when there is no period to report on.</summary>
    public static PageResult Result(StaffAccess access, ReportQuery query, AccountabilityReport? report, string page, string overview, DateOnly today, string switchPath)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(query);
        return new PageResult(
            PageView.Of<ReportPage>(new Dictionary<string, object?>
            {
                [nameof(Access)] = access,
                [nameof(Query)] = query,
                [nameof(Report)] = report,
                [nameof(Page)] = page,
                [nameof(Overview)] = overview,
                [nameof(Today)] = today,
                [nameof(SwitchPath)] = switchPath,
            }),
            report is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";

    private string Intro(AccountabilityReport report) => Placeholders.Fill(
        Texts.Intro,
        ("controller", Access.Controller.Primary.Name),
        ("from", Access.Texts.FormatDate(report.Period.From)),
        ("to", Access.Texts.FormatDate(report.Period.To)),
        ("zone", report.TimeZoneId));

    private string Computed(AccountabilityReport report) =>
        Placeholders.Fill(Texts.ComputedAt, ("time", LocalTimes.Format(report.Now, report.TimeZoneId, Access.Texts)));

    /// <param name="extension">".csv" or ".json": the download beside the page, for the same period.</param>
    private string Download(AccountabilityReport report, string extension) => Page + extension + ReportQuery.QueryString(report.Period);

    private string Describe(string chart) => Placeholders.Fill(Texts.ChartDescription, ("chart", chart));

    private static List<ChartBar> ChartBars(IReadOnlyList<(string Label, int Count)> tallies) =>
        [.. tallies.Select(tally => new ChartBar(tally.Label, tally.Count, Count(tally.Count)))];

    private static List<(string Label, string Value)> Counted(IReadOnlyList<(string Label, int Count)> tallies) =>
        [.. tallies.Select(tally => (tally.Label, Count(tally.Count)))];

    private List<(string Label, int Count)> Types(AccountabilityReport report) =>
        [.. report.ByType.Select(tally => (Texts.TypeNames[tally.Key], tally.Count))];

    private List<(string Label, int Count)> Channels(AccountabilityReport report) =>
        [.. report.ByChannel.Select(tally => (Texts.ChannelNames[tally.Key], tally.Count))];

    private List<(string Label, int Count)> Outcomes(AccountabilityReport report) =>
        [.. report.ByOutcome.Select(tally => (Texts.OutcomeNames[tally.Outcome], tally.Count))];

    private List<(string Label, int Count)> Grounds(AccountabilityReport report) =>
        [.. report.Refusals.ByGround.Select(tally => (Texts.GroundNames[tally.Key], tally.Count))];

    /// <summary>The grounds' table also counts the refusals whose ground was not recorded; the chart does not.</summary>
    private List<(string Label, int Count)> GroundRows(AccountabilityReport report) =>
        [.. Grounds(report), (Texts.GroundNotRecordedLabel, report.Refusals.GroundNotRecorded)];

    private List<(string Label, string Value)> SummaryRows(AccountabilityReport report) =>
    [
        (Texts.TotalLabel, Count(report.Total)),
        (Texts.OnTimeShareLabel, Share(report.Timeliness.OnTimeShare)),
        (Texts.DaysMedianLabel + " (" + Texts.DaysHeading + ")", Decimal(report.DaysToAnswer.Median)),
        (Texts.OpenOverdueLabel, Count(report.Timeliness.OpenOverdue)),
    ];

    private List<ChartBar> TimelinessBars(AccountabilityReport report)
    {
        var timeliness = report.Timeliness;
        var judged = timeliness.Judged;
        return
        [
            new(Texts.OnTimeLabel, timeliness.OnTime, WithShare(timeliness.OnTime, judged)),
            new(Texts.LateLabel, timeliness.Late, WithShare(timeliness.Late, judged), Hatched: true),
            new(Texts.OpenOverdueLabel, timeliness.OpenOverdue, Count(timeliness.OpenOverdue), Hatched: true),
        ];
    }

    private List<(string Label, string Value)> TimelinessRows(AccountabilityReport report)
    {
        var timeliness = report.Timeliness;
        return
        [
            (Texts.OnTimeLabel, Count(timeliness.OnTime)),
            (Texts.LateLabel, Count(timeliness.Late)),
            (Texts.OnTimeShareLabel, Share(timeliness.OnTimeShare)),
            (Texts.WithoutDueDateLabel, Count(timeliness.WithoutDueDate)),
            (Texts.WithoutAnswerTimeLabel, Count(timeliness.WithoutAnswerTime)),
            (Texts.OpenOverdueLabel, Count(timeliness.OpenOverdue)),
            (Texts.OpenWithinTimeLabel, Count(timeliness.OpenWithinTime)),
        ];
    }

    private List<(string Label, string Value)> DayRows(AccountabilityReport report)
    {
        var days = report.DaysToAnswer;
        return
        [
            (Texts.DaysCountLabel, Count(days.Count)),
            (Texts.DaysMinLabel, Count(days.Min)),
            (Texts.DaysMedianLabel, Decimal(days.Median)),
            (Texts.DaysPercentileLabel, Count(days.Percentile95)),
            (Texts.DaysMaxLabel, Count(days.Max)),
        ];
    }

    private List<(string Label, string Value)> ExtensionRows(AccountabilityReport report) =>
        [(Texts.ExtendedLabel, Count(report.Extensions.Extended))];

    /// <summary>Extensions whose reason cannot be shown, each kind only when there are some.</summary>
    private List<(string Label, int Count)> MissingReasons(AccountabilityReport report) =>
    [
        .. new[]
        {
            (Texts.ReasonRemovedAtPurgeLabel, report.Extensions.ReasonRemovedAtPurge),
            (Texts.ReasonNotRecordedLabel, report.Extensions.ReasonNotRecorded),
        }.Where(row => row.Item2 > 0),
    ];

    private List<(string Label, string Value)> RepeatRows(AccountabilityReport report) =>
    [
        (Texts.RepeatsLabel, Count(report.Repeats.Repeats)),
        (Texts.RepeatsRefusedLabel, Count(report.Repeats.RepeatsRefusedAsManifestlyExcessive)),
        (Texts.RefusedExcessiveLabel, Count(report.Repeats.RefusedAsManifestlyExcessive)),
    ];

    private List<(string Label, string Value)> KeptRows(AccountabilityReport report) =>
    [
        (Texts.ErasuresLabel, Count(report.KeptBack.Erasures)),
        (Texts.WithKeptDataLabel, Count(report.KeptBack.RequestsWithKeptData)),
    ];

    private string Share(double? share) => share is { } value ? Texts.FormatShare(value) : Texts.NoFigure;

    private string Decimal(double? value) => value is { } number ? Texts.FormatDecimal(number) : Texts.NoFigure;

    private string WithShare(int count, int of) =>
        of == 0 ? Count(count) : $"{Count(count)} ({Texts.FormatShare((double)count / of)})";
}
