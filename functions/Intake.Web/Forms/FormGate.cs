using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>
/// The checks every form of ours passes, in order: the controller the URL names exists (else 404),
/// the body is within its cap (else 413) and readable (else 400), the antiforgery token is one this
/// site issued (else 400). Refusals are pages in the form's language that link back to it.
/// </summary>
public sealed class FormGate(IControllerCatalog catalog, IAntiforgery antiforgery)
{
    public FormRoute Route(HttpContext context, string lang, string controller)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new FormRoute(PageLanguage.From(context.Request, lang), ControllerLookup.Find(catalog, controller));
    }

    /// <summary>Fresh antiforgery tokens for a form the page is about to show.</summary>
    public AntiforgeryTokenSet Tokens(HttpContext context) => antiforgery.GetAndStoreTokens(context);

    /// <summary>The empty form for a GET, rendered with fresh antiforgery tokens; 404 for an unknown controller.</summary>
    public IResult Show(HttpContext context, string lang, string controller, Func<Language, Controller, AntiforgeryTokenSet, PageView> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var route = Route(context, lang, controller);
        if (route.Controller is null)
        {
            return FormPages.NotFound(route.Language);
        }

        return new PageResult(render(route.Language, route.Controller, Tokens(context)));
    }

    /// <summary>The form, or the page that refuses it; <paramref name="back"/> is where the refusal page links.</summary>
    public async Task<(PostedForm? Form, IResult? Refusal)> ReadAsync(HttpContext context, Language language, long maxBytes, string back)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (form, status) = await FormBody.ReadAsync(context, maxBytes);
        if (status == FormBodyStatus.TooLarge)
        {
            return (null, FormPages.TooLarge(language, back));
        }

        if (form is null)
        {
            return (null, FormPages.Malformed(language, back));
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return (null, FormPages.Antiforgery(language, back));
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return (new PostedForm(form, tokens, FormFields.From(form, tokens.FormFieldName)), null);
    }

    /// <param name="page">The form's address below the controller: empty for the request form, <c>contact</c> for the contact form.</param>
    public async Task<(RoutedPost? Post, IResult? Refusal)> ReadRoutedAsync(HttpContext context, string lang, string controller, string page, long maxBytes)
    {
        var (language, found) = Route(context, lang, controller);
        if (found is null)
        {
            return (null, FormPages.NotFound(language));
        }

        var back = $"/{language.Code()}/{found.Id.Value}/{page}";
        var (posted, refusal) = await ReadAsync(context, language, maxBytes, back);
        return posted is null ? (null, refusal) : (new RoutedPost(language, found, posted, back), null);
    }
}
