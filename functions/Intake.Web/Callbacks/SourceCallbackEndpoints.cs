using Intake.Core.Gateway;
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
        endpoints.MapPost("/callbacks/sources/{token}", (HttpContext http, string token, IRequestGateway gateway) =>
            SourceCallbackHandler.PostAsync(http, token, gateway)).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/callbacks/sources", (HttpContext http, IRequestGateway gateway) =>
            SourceCallbackHandler.PostAsync(http, http.Request.Query["token"].ToString(), gateway)).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }
}
