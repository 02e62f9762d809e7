using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Callbacks;

/// <summary>
/// Maps the webhook callback: <c>POST /callbacks/sources/{token}</c>, and <c>POST /callbacks/sources?token=</c>
/// for the URL the webhook connector builds from <c>Intake:Sources:CallbackUri</c>.
/// </summary>
public static class SourceCallbackEndpoints
{
    public static IEndpointRouteBuilder MapSourceCallbackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/callbacks/sources/{token}", (HttpContext http, string token, SourceCallbackHandler handler) =>
            handler.PostAsync(http, token)).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/callbacks/sources", (HttpContext http, SourceCallbackHandler handler) =>
            handler.PostAsync(http, http.Request.Query["token"].ToString())).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }
}
