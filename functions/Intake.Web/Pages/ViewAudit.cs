using Intake.Core.Records;
using Intake.Core.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Pages;

/// <summary>
/// Writes the view log entry of a page that shows a request's personal data, before the page is
/// answered. The write is not caught here: a view that cannot be logged is not shown (storage
/// trouble becomes the 503 page), because the log is the control that shows who saw the data.
/// </summary>
public static class ViewAudit
{
    public static async Task RecordAsync(HttpContext http, RequestId request, ViewedPage page, ViewerKind viewer, string linkId, string? signedInAs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var services = http.RequestServices;
        var at = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await services.GetRequiredService<IViewLog>().RecordAsync(new ViewEntry(request, at, page, viewer, linkId, signedInAs), cancellationToken);
    }
}
