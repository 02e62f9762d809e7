using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Web.Links;

/// <summary>Maps the acting links: <c>/l/{token}</c>, and <c>/{lang}/l/{token}</c> for the language switch.</summary>
public static class LinkEndpoints
{
    public static IEndpointRouteBuilder MapLinkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var prefix in new[] { string.Empty, "/{lang}" })
        {
            endpoints.MapGet(prefix + "/l/{token}", (HttpContext http, string token, string? lang, LinkPageHandler links) =>
                links.GetAsync(http, token, lang)).ExcludeFromDescription();
            endpoints.MapPost(prefix + "/l/{token}", (HttpContext http, string token, string? lang, LinkPageHandler links) =>
                links.PostAsync(http, token, lang)).ExcludeFromDescription().DisableAntiforgery();
        }

        return endpoints;
    }
}
