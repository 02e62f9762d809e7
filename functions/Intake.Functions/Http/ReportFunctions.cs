using Intake.Web.Accountability;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Http;

/// <summary>The accountability report behind the staff link, and its downloads, as HTTP triggers calling the shared handler.</summary>
public sealed class ReportFunctions(ReportHandler report)
{
    [Function("AccountabilityReport")]
    public Task<IResult> Report(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{token}/report")] HttpRequest request,
        string token) =>
        report.PageAsync(request.HttpContext, token, null);

    [Function("AccountabilityReportCsv")]
    public Task<IResult> ReportCsv(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{token}/report.csv")] HttpRequest request,
        string token) =>
        report.CsvAsync(request.HttpContext, token, null);

    [Function("AccountabilityReportJson")]
    public Task<IResult> ReportJson(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{token}/report.json")] HttpRequest request,
        string token) =>
        report.JsonAsync(request.HttpContext, token, null);
}
