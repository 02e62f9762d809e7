using Intake.Azure.Sources;
using Intake.Core.Audit;
using Intake.Core.Gateway;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Staff;

/// <summary>
/// <c>GET /staff/{token}/requests/{id}</c>: one open or closed request of the overview's controller,
/// with its sources and its audit trail, the hash chain checked entry by entry on every view.
/// </summary>
public static class RequestDetailHandler
{
    public static Task<IResult> GetAsync(HttpContext http, string token, string id, string? lang, IRequestGateway gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return StaffAccess.GuardAsync(http, token, lang, async (access, cancellationToken) =>
        {
            // Another controller's request answers exactly like one that does not exist.
            if (!RequestId.TryParse(id, out var requestId)
                || await gateway.FindAsync(requestId.Value, cancellationToken) is not { } state
                || state.Controller != access.Controller.Id)
            {
                return LinkPages.Message(access.Language, access.Texts.GoneTitle, StatusCodes.Status404NotFound, access.Path, access.Texts.GoneBody);
            }

            var trail = await http.RequestServices.GetRequiredService<IRequestRecords>().AuditTrailAsync(requestId.Value, cancellationToken);
            var verification = AuditChain.Verify(trail);
            var title = Placeholders.Fill(access.Staff.DetailTitle, ("reference", state.Id.Value));
            var html = RequestDetailPage.Render(access, state, trail, verification, http.RequestServices.GetService<DataMapCatalog>(), http.Request.PathBase);
            return new PageResult(PageLayout.Render(access.Language, title, html, $"{access.Path}/requests/{state.Id.Value}"));
        });
    }
}
