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
            endpoints.MapGet(prefix + "/staff/{token}", (HttpContext http, string token, string? lang, OverviewHandler overview) =>
                overview.GetAsync(http, token, lang)).ExcludeFromDescription();
            endpoints.MapGet(prefix + "/staff/{token}/requests/{id}", (HttpContext http, string token, string id, string? lang, RequestDetailHandler detail) =>
                detail.GetAsync(http, token, id, lang)).ExcludeFromDescription();
        }

        endpoints.MapGet("/m/{token}", (HttpContext http, string token, MandateHandler mandate) =>
            mandate.GetAsync(http, token)).ExcludeFromDescription();
        return endpoints;
    }
}
