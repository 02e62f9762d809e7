using Intake.Core.Accountability;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Web.Texts;

/// <summary>
/// The words of the accountability report in one language. Names of types, outcomes and grounds
/// are short enough to label a bar, and cite the article, because the report is read by people who
/// check the law. Placeholders are in braces and filled by <see cref="Links.Placeholders.Fill"/>.
/// </summary>
public sealed record ReportTexts
{
    public required Language Language { get; init; }

    /// <summary>A number with decimals (a median of days), as people in this language write it.</summary>
    public required Func<double, string> FormatDecimal { get; init; }

    /// <summary>A share between 0 and 1 as a percentage with one decimal.</summary>
    public required Func<double, string> FormatShare { get; init; }

    public required IReadOnlyDictionary<RequestType, string> TypeNames { get; init; }

    public required IReadOnlyDictionary<Channel, string> ChannelNames { get; init; }

    public required IReadOnlyDictionary<RequestOutcome, string> OutcomeNames { get; init; }

    /// <summary>The refusal grounds with the provision each rests on.</summary>
    public required IReadOnlyDictionary<RefusalGround, string> GroundNames { get; init; }

    public required string Title { get; init; }

    /// <summary><c>{controller}</c>, <c>{from}</c>, <c>{to}</c>, <c>{zone}</c>.</summary>
    public required string Intro { get; init; }

    /// <summary><c>{time}</c>: when the figures were computed.</summary>
    public required string ComputedAt { get; init; }

    public required string BackToOverview { get; init; }

    public required string PeriodLegend { get; init; }

    public required string FromLabel { get; init; }

    public required string ToLabel { get; init; }

    public required string DateHint { get; init; }

    public required string ShowButton { get; init; }

    public required string PeriodInvalid { get; init; }

    public required string PresetsLabel { get; init; }

    public required string YearToDate { get; init; }

    public required string PreviousMonth { get; init; }

    public required string PreviousQuarter { get; init; }

    public required string PreviousYear { get; init; }

    public required string DefaultPeriodNote { get; init; }

    public required string DownloadsLabel { get; init; }

    public required string CsvLink { get; init; }

    public required string JsonLink { get; init; }

    public required string SummaryHeading { get; init; }

    public required string TotalLabel { get; init; }

    public required string NoRequests { get; init; }

    public required string ByTypeHeading { get; init; }

    public required string ByChannelHeading { get; init; }

    public required string ByOutcomeHeading { get; init; }

    public required string OutcomeNote { get; init; }

    public required string ColumnType { get; init; }

    public required string ColumnChannel { get; init; }

    public required string ColumnOutcome { get; init; }

    public required string ColumnCount { get; init; }

    public required string ColumnPurged { get; init; }

    public required string ColumnFigure { get; init; }

    public required string ColumnValue { get; init; }

    public required string TimelinessHeading { get; init; }

    public required string TimelinessDefinition { get; init; }

    public required string OnTimeLabel { get; init; }

    public required string LateLabel { get; init; }

    public required string OnTimeShareLabel { get; init; }

    public required string WithoutDueDateLabel { get; init; }

    public required string WithoutAnswerTimeLabel { get; init; }

    public required string OpenOverdueLabel { get; init; }

    public required string OpenWithinTimeLabel { get; init; }

    public required string DaysHeading { get; init; }

    public required string DaysDefinition { get; init; }

    public required string DaysCountLabel { get; init; }

    public required string DaysMinLabel { get; init; }

    public required string DaysMedianLabel { get; init; }

    public required string DaysPercentileLabel { get; init; }

    public required string DaysMaxLabel { get; init; }

    public required string ExtensionsHeading { get; init; }

    public required string ExtensionsDefinition { get; init; }

    public required string ExtendedLabel { get; init; }

    public required string ColumnReason { get; init; }

    public required string ReasonRemovedAtPurgeLabel { get; init; }

    public required string ReasonNotRecordedLabel { get; init; }

    public required string RefusalsHeading { get; init; }

    public required string ColumnGround { get; init; }

    public required string GroundNotRecordedLabel { get; init; }

    public required string RepeatsHeading { get; init; }

    public required string RepeatsDefinition { get; init; }

    public required string RepeatsLabel { get; init; }

    public required string RepeatsRefusedLabel { get; init; }

    public required string RefusedExcessiveLabel { get; init; }

    public required string KeptBackHeading { get; init; }

    public required string KeptBackDefinition { get; init; }

    public required string ErasuresLabel { get; init; }

    public required string WithKeptDataLabel { get; init; }

    public required string ColumnRule { get; init; }

    public required string ColumnRequests { get; init; }

    public required string ColumnRows { get; init; }

    /// <summary><c>{chart}</c>: the chart's heading; the description every chart carries for screen readers.</summary>
    public required string ChartDescription { get; init; }

    /// <summary>In a cell whose figure cannot be computed (no answers to take a median of).</summary>
    public required string NoFigure { get; init; }

    /// <summary>The table of every language; Estonian is as complete as the others.</summary>
    public static Translations<ReportTexts> All { get; } =
        new(ReportTextsFi.Texts, ReportTextsSv.Texts, ReportTextsEn.Texts, ReportTextsEt.Texts);

    public static ReportTexts For(Language language) => All.For(language);
}
