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
            endpoints.MapGet(prefix + "/d/{token}", (HttpContext http, string token, string? lang, DownloadHandler downloads) =>
                downloads.GetAsync(http, token, lang)).ExcludeFromDescription();
            // The handler checks the antiforgery token itself, so a stale form gets our page, not a bare 400.
            endpoints.MapPost(prefix + "/d/{token}", (HttpContext http, string token, string? lang, DownloadHandler downloads) =>
                downloads.PostAsync(http, token, lang)).ExcludeFromDescription().DisableAntiforgery();
        }

        return endpoints;
    }
}
