using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Accountability;

/// <summary>Maps the accountability report and its downloads under the staff link, with and without a language prefix.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var prefix in new[] { string.Empty, "/{lang}" })
        {
            endpoints.MapGet(prefix + "/staff/{token}/report", (HttpContext http, string token, string? lang, ReportHandler report) =>
                report.PageAsync(http, token, lang)).ExcludeFromDescription();
            endpoints.MapGet(prefix + "/staff/{token}/report.csv", (HttpContext http, string token, string? lang, ReportHandler report) =>
                report.CsvAsync(http, token, lang)).ExcludeFromDescription();
            endpoints.MapGet(prefix + "/staff/{token}/report.json", (HttpContext http, string token, string? lang, ReportHandler report) =>
                report.JsonAsync(http, token, lang)).ExcludeFromDescription();
        }

        return endpoints;
    }
}
