using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Core.Accountability;
using Intake.Core.Reports;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Accountability;

/// <summary>
/// The report's figures as files: CSV with one <c>metric,dimension,value</c> row per figure (each
/// cell guarded against formulas, since extension reasons and retention rules are typed by people),
/// and JSON in the shape of the report. Both carry the page's headers: no caching, no sniffing.
/// </summary>
public static class ReportDownloads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Csv(AccountabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder(CsvLine.Format(["metric", "dimension", "value"]));
        foreach (var figure in ReportFigures.Of(report))
        {
            text.Append(CsvLine.Format([figure.Metric, figure.Dimension, figure.Value]));
        }

        return text.ToString();
    }

    public static string JsonText(AccountabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(ReportDocument.Of(report), Json);
    }

    public static IResult File(string content, string contentType, string fileName) => new DownloadResult(content, contentType, fileName);

    public static string FileName(AccountabilityReport report, string extension)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"accountability-{report.Controller.Value}-{ReportPeriod.FormatDate(report.Period.From)}-{ReportPeriod.FormatDate(report.Period.To)}.{extension}";
    }

    private sealed class DownloadResult(string content, string contentType, string fileName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var response = httpContext.Response;
            PageResult.ApplySecurityHeaders(response);
            response.ContentType = contentType;
            response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName, Inline = false }.ToString();
            await response.WriteAsync(content, Encoding.UTF8, httpContext.RequestAborted);
        }
    }
}

/// <summary>The JSON download: the report's figures with the dimension names of the CSV.</summary>
public sealed record ReportDocument(
    string Controller,
    string From,
    string To,
    string TimeZone,
    DateTimeOffset ComputedAt,
    int Total,
    IReadOnlyDictionary<string, int> ByType,
    IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> ByOutcome,
    IReadOnlyDictionary<string, int> PurgedByOutcome,
    Timeliness Timeliness,
    DaysToAnswer DaysToAnswer,
    ReportDocument.ExtensionPart Extensions,
    ReportDocument.RefusalPart Refusals,
    RepeatFigures Repeats,
    ReportDocument.KeptBackPart KeptBack)
{
    public static ReportDocument Of(AccountabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportDocument(
            report.Controller.Value,
            ReportPeriod.FormatDate(report.Period.From),
            ReportPeriod.FormatDate(report.Period.To),
            report.TimeZoneId,
            report.Now,
            report.Total,
            report.ByType.ToDictionary(tally => ReportNames.Of(tally.Key), tally => tally.Count),
            report.ByChannel.ToDictionary(tally => ReportNames.Of(tally.Key), tally => tally.Count),
            report.ByOutcome.ToDictionary(tally => ReportNames.Of(tally.Outcome), tally => tally.Count),
            report.ByOutcome.ToDictionary(tally => ReportNames.Of(tally.Outcome), tally => tally.Purged),
            report.Timeliness,
            report.DaysToAnswer,
            new ExtensionPart(report.Extensions.Extended, report.Extensions.ReasonRemovedAtPurge, report.Extensions.ReasonNotRecorded, [.. report.Extensions.Reasons]),
            new RefusalPart(report.Refusals.ByGround.ToDictionary(tally => ReportNames.Of(tally.Key), tally => tally.Count), report.Refusals.GroundNotRecorded),
            report.Repeats,
            new KeptBackPart(report.KeptBack.Erasures, report.KeptBack.RequestsWithKeptData, [.. report.KeptBack.ByRule]));
    }

    public sealed record ExtensionPart(int Extended, int ReasonRemovedAtPurge, int ReasonNotRecorded, IReadOnlyList<ReasonTally> Reasons);

    public sealed record RefusalPart(IReadOnlyDictionary<string, int> ByGround, int GroundNotRecorded);

    public sealed record KeptBackPart(int Erasures, int RequestsWithKeptData, IReadOnlyList<KeptBackTally> ByRule);
}
