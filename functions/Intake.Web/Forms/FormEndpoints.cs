using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
        endpoints.MapGet("/", (HttpContext context, IControllerCatalog catalog) => Front(context, catalog, null)).ExcludeFromDescription();
        endpoints.MapGet($"/{Lang}/", (HttpContext context, string lang, IControllerCatalog catalog) => Front(context, catalog, lang)).ExcludeFromDescription();
        endpoints.MapGet($"/{Lang}/{{controller}}/", (HttpContext context, string lang, string controller, RequestFormHandler form) => form.Get(context, lang, controller)).ExcludeFromDescription();
        endpoints.MapPost($"/{Lang}/{{controller}}/", (HttpContext context, string lang, string controller, RequestFormHandler form) => form.PostAsync(context, lang, controller)).ExcludeFromDescription().AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
        endpoints.MapGet($"/{Lang}/{{controller}}/contact", (HttpContext context, string lang, string controller, ContactFormHandler form) => form.Get(context, lang, controller)).ExcludeFromDescription();
        endpoints.MapPost($"/{Lang}/{{controller}}/contact", (HttpContext context, string lang, string controller, ContactFormHandler form) => form.PostAsync(context, lang, controller)).ExcludeFromDescription().AddEndpointFilter<RouteHandlerBuilder, PostLimitFilter>();
        return endpoints;
    }

    public static PageResult Front(HttpContext context, IControllerCatalog catalog, string? lang)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        var language = PageLanguage.From(context.Request, lang);
        return new PageResult(FrontPage.Render(language, catalog.Controllers));
    }
}
