using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Forms;

/// <summary>What a form URL names: the page language and the controller (null when there is no such controller).</summary>
public sealed record FormRoute(Language Language, Controller? Controller)
{
    public static FormRoute From(HttpContext context, string lang, string controller)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new FormRoute(
            PageLanguage.From(context.Request, lang),
            ControllerLookup.Find(context.RequestServices.GetRequiredService<IControllerCatalog>(), controller));
    }

    /// <summary>The empty form for a GET, rendered with fresh antiforgery tokens; 404 for an unknown controller.</summary>
    public static IResult Show(HttpContext context, string lang, string controller, Func<Language, Controller, AntiforgeryTokenSet, HtmlContent> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var route = From(context, lang, controller);
        if (route.Controller is null)
        {
            return FormPages.NotFound(route.Language);
        }

        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new PageResult(render(route.Language, route.Controller, tokens));
    }
}
