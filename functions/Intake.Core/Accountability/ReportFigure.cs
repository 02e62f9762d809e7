using System.Globalization;
using System.Text.Json;
using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Core.Accountability;

/// <summary>
/// One figure of the report as a row: what is measured, along which value of a dimension, and the
/// value — the shape of the CSV download, where every figure of the page has one row.
/// </summary>
/// <param name="Value">Invariant text: a count, a share with four decimals, a date; empty when there is nothing to measure.</param>
public sealed record ReportFigure(string Metric, string Dimension, string Value);

/// <summary>The stable names of the report's dimensions in CSV and JSON (kebab case, as the API writes enums).</summary>
public static class ReportNames
{
    public static string Of(RequestType type) => type.WireName();

    public static string Of(Channel channel) => channel.WireName();

    public static string Of(RequestOutcome outcome) => Kebab(outcome.ToString());

    public static string Of(RefusalGround ground) => Kebab(ground.ToString());

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}

/// <summary>The report as rows of figures, in the order of the page.</summary>
public static class ReportFigures
{
    public static IReadOnlyList<ReportFigure> Of(AccountabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<ReportFigure>
        {
            new("report", "controller", report.Controller.Value),
            new("report", "from", ReportPeriod.FormatDate(report.Period.From)),
            new("report", "to", ReportPeriod.FormatDate(report.Period.To)),
            new("report", "time-zone", report.TimeZoneId),
            new("report", "computed-at", report.Now.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
            new("requests", "total", Number(report.Total)),
        };
        rows.AddRange(report.ByType.Select(tally => new ReportFigure("requests-by-type", ReportNames.Of(tally.Key), Number(tally.Count))));
        rows.AddRange(report.ByChannel.Select(tally => new ReportFigure("requests-by-channel", ReportNames.Of(tally.Key), Number(tally.Count))));
        rows.AddRange(report.ByOutcome.Select(tally => new ReportFigure("requests-by-outcome", ReportNames.Of(tally.Outcome), Number(tally.Count))));
        rows.AddRange(report.ByOutcome.Select(tally => new ReportFigure("purged-by-outcome", ReportNames.Of(tally.Outcome), Number(tally.Purged))));

        var timeliness = report.Timeliness;
        rows.Add(new("timeliness", "on-time", Number(timeliness.OnTime)));
        rows.Add(new("timeliness", "late", Number(timeliness.Late)));
        rows.Add(new("timeliness", "on-time-share", Share(timeliness.OnTimeShare)));
        rows.Add(new("timeliness", "answered-without-due-date", Number(timeliness.WithoutDueDate)));
        rows.Add(new("timeliness", "answered-without-answer-time", Number(timeliness.WithoutAnswerTime)));
        rows.Add(new("timeliness", "open-overdue", Number(timeliness.OpenOverdue)));
        rows.Add(new("timeliness", "open-within-time", Number(timeliness.OpenWithinTime)));

        var days = report.DaysToAnswer;
        rows.Add(new("days-to-answer", "count", Number(days.Count)));
        rows.Add(new("days-to-answer", "min", Number(days.Min)));
        rows.Add(new("days-to-answer", "median", Days(days.Median)));
        rows.Add(new("days-to-answer", "p95", Number(days.Percentile95)));
        rows.Add(new("days-to-answer", "max", Number(days.Max)));

        var extensions = report.Extensions;
        rows.Add(new("extensions", "total", Number(extensions.Extended)));
        rows.Add(new("extensions", "reason-removed-at-purge", Number(extensions.ReasonRemovedAtPurge)));
        rows.Add(new("extensions", "reason-not-recorded", Number(extensions.ReasonNotRecorded)));
        rows.AddRange(extensions.Reasons.Select(reason => new ReportFigure("extension-reasons", reason.Reason, Number(reason.Count))));

        rows.AddRange(report.Refusals.ByGround.Select(tally => new ReportFigure("refusals-by-ground", ReportNames.Of(tally.Key), Number(tally.Count))));
        rows.Add(new("refusals-by-ground", "not-recorded", Number(report.Refusals.GroundNotRecorded)));

        rows.Add(new("repeats", "total", Number(report.Repeats.Repeats)));
        rows.Add(new("repeats", "refused-as-manifestly-excessive", Number(report.Repeats.RepeatsRefusedAsManifestlyExcessive)));
        rows.Add(new("refused-as-manifestly-excessive", "total", Number(report.Repeats.RefusedAsManifestlyExcessive)));

        rows.Add(new("erasures", "total", Number(report.KeptBack.Erasures)));
        rows.Add(new("erasures", "with-kept-data", Number(report.KeptBack.RequestsWithKeptData)));
        rows.AddRange(report.KeptBack.ByRule.Select(rule => new ReportFigure("kept-back-requests", rule.Rule, Number(rule.Requests))));
        rows.AddRange(report.KeptBack.ByRule.Select(rule => new ReportFigure("kept-back-rows", rule.Rule, Number(rule.Rows))));
        return rows;
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Share(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Days(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? string.Empty;
}
