using System.Globalization;
using Intake.Core.Requests;
using Intake.Core.Storage;
using Intake.Web.Hosting;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>
/// The pages a person sees when a post cannot be taken: each says that nothing was saved and what
/// to do, in the person's language, with the status code a client or a test can rely on.
/// </summary>
public static class FormPages
{
    public static PageResult NotFound(Language language)
    {
        var texts = FormTexts.For(language);
        return MessagePage.Result(language, StatusCodes.Status404NotFound, texts.NotFoundTitle, texts.NotFoundBody, $"/{language.Code()}/", texts.FrontLink);
    }

    public static PageResult TooLarge(Language language, string backHref)
    {
        var texts = FormTexts.For(language);
        return MessagePage.Result(language, StatusCodes.Status413PayloadTooLarge, texts.TooLargeTitle, texts.TooLargeBody, backHref, texts.BackToForm);
    }

    public static PageResult Malformed(Language language, string backHref)
    {
        var texts = FormTexts.For(language);
        return MessagePage.Result(language, StatusCodes.Status400BadRequest, texts.BadFormTitle, texts.RefusedBody, backHref, texts.BackToForm);
    }

    public static PageResult Antiforgery(Language language, string backHref)
    {
        var texts = FormTexts.For(language);
        return MessagePage.Result(language, StatusCodes.Status400BadRequest, texts.BadFormTitle, texts.AntiforgeryBody, backHref, texts.BackToForm);
    }

    public static PageResult Refused(Language language, string backHref)
    {
        var texts = FormTexts.For(language);
        return MessagePage.Result(language, StatusCodes.Status400BadRequest, texts.RefusedTitle, texts.RefusedBody, backHref, texts.BackToForm);
    }

    public static PageResult TooMany(HttpContext context, Language language, TimeSpan retryAfter, string backHref)
    {
        ArgumentNullException.ThrowIfNull(context);
        SetRetryAfter(context, retryAfter);
        var texts = FormTexts.For(language);
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
        var body = texts.TooManyBody + " " + texts.TooManyWait.Replace("{minutes}", minutes, StringComparison.Ordinal);
        return MessagePage.Result(language, StatusCodes.Status429TooManyRequests, texts.TooManyTitle, body, backHref, texts.BackToForm);
    }

    public static PageResult Unavailable(HttpContext context, Language language, string backHref)
    {
        ArgumentNullException.ThrowIfNull(context);
        SetRetryAfter(context, IStorageFaults.RetryAfter);
        var texts = FormTexts.For(language);
        return MessagePage.Result(language, StatusCodes.Status503ServiceUnavailable, texts.UnavailableTitle, texts.UnavailableBody, backHref, texts.BackToForm);
    }

    /// <summary>Retry-After in whole seconds, at least one.</summary>
    public static void SetRetryAfter(HttpContext context, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}
