using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Intake.Web.RateLimits;

namespace Intake.Web.Forms;

/// <summary>
/// The person's doors on the web: the front page (<c>/</c> in the browser's language, <c>/{lang}/</c>),
/// the request form (<c>/{lang}/{controller}/</c>) and the contact form
/// (<c>/{lang}/{controller}/contact</c>). Posts are rate limited per client
/// (<see cref="PostLimitFilter"/>).
/// </summary>
public static class FormEndpoints
{
    /// <summary>The language segment: only the languages the pages are written in.</summary>
    public const string Lang = "{lang:regex(^(fi|sv|en|et)$)}";

    public static IEndpointRouteBuilder MapFormEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", (HttpContext context) => Front(context, null)).ExcludeFromDescription();
        endpoints.MapGet($"/{Lang}/", (HttpContext context, string lang) => Front(context, lang)).ExcludeFromDescription();
        endpoints.MapGet($"/{Lang}/{{controller}}/", RequestFormHandler.Get).ExcludeFromDescription();
        endpoints.MapPost($"/{Lang}/{{controller}}/", RequestFormHandler.PostAsync).ExcludeFromDescription().AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
        endpoints.MapGet($"/{Lang}/{{controller}}/contact", ContactFormHandler.Get).ExcludeFromDescription();
        endpoints.MapPost($"/{Lang}/{{controller}}/contact", ContactFormHandler.PostAsync).ExcludeFromDescription().AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
        return endpoints;
    }

    public static PageResult Front(HttpContext context, string? lang)
    {
        var language = PageLanguage.From(context.Request, lang);
        return new PageResult(FrontPage.Render(language, context.RequestServices.GetRequiredService<IControllerCatalog>().Controllers));
    }
}
