using Intake.Core.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Staff;

/// <summary>Maps the staff overview and request detail pages, with and without a language prefix, and the mandate file.</summary>
public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var prefix in new[] { string.Empty, "/{lang}" })
        {
            endpoints.MapGet(prefix + "/staff/{token}", (HttpContext http, string token, string? lang) =>
                OverviewHandler.GetAsync(http, token, lang)).ExcludeFromDescription();
            endpoints.MapGet(prefix + "/staff/{token}/requests/{id}", (HttpContext http, string token, string id, string? lang, IRequestGateway gateway) =>
                RequestDetailHandler.GetAsync(http, token, id, lang, gateway)).ExcludeFromDescription();
        }

        endpoints.MapGet("/m/{token}", (HttpContext http, string token, IRequestGateway gateway) =>
            MandateHandler.GetAsync(http, token, gateway)).ExcludeFromDescription();
        return endpoints;
    }
}
