using Intake.Core.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Downloads;

/// <summary>Maps the download link: <c>/d/{token}</c> and <c>/{lang}/d/{token}</c>; GET shows the button, POST downloads.</summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var prefix in new[] { string.Empty, "/{lang}" })
        {
            endpoints.MapGet(prefix + "/d/{token}", (HttpContext http, string token, string? lang, IRequestGateway gateway) =>
                DownloadHandler.GetAsync(http, token, lang, gateway)).ExcludeFromDescription();
            // The handler checks the antiforgery token itself, so a stale form gets our page, not a bare 400.
            endpoints.MapPost(prefix + "/d/{token}", (HttpContext http, string token, string? lang, IRequestGateway gateway) =>
                DownloadHandler.PostAsync(http, token, lang, gateway)).ExcludeFromDescription().DisableAntiforgery();
        }

        return endpoints;
    }
}
