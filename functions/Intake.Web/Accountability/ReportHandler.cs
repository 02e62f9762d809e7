using Intake.Core.Accountability;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Staff;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Accountability;

/// <summary>
/// <c>GET /staff/{token}/report</c> and its <c>.csv</c> and <c>.json</c> downloads: the
/// accountability report of the controller the staff link names. It reads the request index only
/// (one partition of non-personal summaries), so it never opens a person's record.
/// </summary>
public sealed class ReportHandler(StaffGate staff, IRequestIndex index)
{
    public Task<IResult> PageAsync(HttpContext http, string token, string? lang) =>
        staff.GuardAsync(http, token, lang, async (access, cancellationToken) =>
        {
            var today = LocalTimes.LocalDate(access.Now, access.Controller.TimeZoneId);
            var query = ReportQuery.Read(http.Request.Query, today);
            var overview = access.Address(http, lang);
            var page = overview + "/report";
            var switchPath = access.Path + "/report" + (query.Period is { } asked ? ReportQuery.QueryString(asked) : string.Empty);
            if (query.Period is not { } period)
            {
                return ReportPage.Result(access, query, null, page, overview, today, switchPath);
            }

            var report = await ComputeAsync(access, period, cancellationToken);
            return ReportPage.Result(access, query, report, page, overview, today, switchPath);
        });

    public Task<IResult> CsvAsync(HttpContext http, string token, string? lang) =>
        DownloadAsync(http, token, lang, report => ReportDownloads.File(ReportDownloads.Csv(report), "text/csv; charset=utf-8", ReportDownloads.FileName(report, "csv")));

    public Task<IResult> JsonAsync(HttpContext http, string token, string? lang) =>
        DownloadAsync(http, token, lang, report => ReportDownloads.File(ReportDownloads.JsonText(report), "application/json; charset=utf-8", ReportDownloads.FileName(report, "json")));

    private Task<IResult> DownloadAsync(HttpContext http, string token, string? lang, Func<AccountabilityReport, IResult> answer) =>
        staff.GuardAsync(http, token, lang, async (access, cancellationToken) =>
        {
            var today = LocalTimes.LocalDate(access.Now, access.Controller.TimeZoneId);
            if (ReportQuery.Read(http.Request.Query, today).Period is not { } period)
            {
                return Results.Text(ReportTexts.For(access.Language).PeriodInvalid, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            return answer(await ComputeAsync(access, period, cancellationToken));
        });

    private async Task<AccountabilityReport> ComputeAsync(StaffAccess access, ReportPeriod period, CancellationToken cancellationToken)
    {
        var summaries = new List<RequestSummary>();
        await foreach (var summary in index.ListAsync(access.Controller.Id.Value, cancellationToken))
        {
            summaries.Add(summary);
        }

        return AccountabilityReport.From(summaries, access.Controller, period, access.Now);
    }
}
