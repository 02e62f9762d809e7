using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>
/// The pages a link may end on besides its own form: invalid (403), expired or gone (410), already
/// used (409), storage unreachable (503 with Retry-After), form expired (400), too large (413).
/// Each says plainly what happened and what the person can do.
/// </summary>
public static class LinkPages
{
    /// <summary>How long a client should wait before trying again when storage is down.</summary>
    public const int RetryAfterSeconds = 30;

    public static IResult Message(Language language, string title, RenderFragment body, int status, string? switchPath = null) =>
        MessagePage.Result(language, status, title, switchPath, [], body);

    public static IResult Message(Language language, string title, int status, string? switchPath, params string[] paragraphs) =>
        MessagePage.Result(language, status, title, switchPath, paragraphs);

    /// <summary>Malformed, tampered or not a link for this page: 403, saying nothing about what the token held.</summary>
    public static IResult Invalid(HttpRequest request, string? pathLanguage)
    {
        var texts = LinkTexts.For(PageLanguage.From(request, pathLanguage));
        return Message(texts.Language, texts.InvalidTitle, StatusCodes.Status403Forbidden, null, texts.InvalidBody);
    }

    /// <summary>Storage did not answer: 503 with Retry-After, and nothing was changed.</summary>
    public static IResult Unavailable(HttpContext http, string? pathLanguage)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var texts = LinkTexts.For(PageLanguage.From(http.Request, pathLanguage));
        return Message(texts.Language, texts.UnavailableTitle, StatusCodes.Status503ServiceUnavailable, null, texts.UnavailableBody);
    }

    public static IResult Used(LinkTexts texts, string? switchPath, bool person)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return person
            ? Message(texts.Language, texts.UsedTitle, StatusCodes.Status409Conflict, switchPath, texts.UsedBody, texts.StatusPageHint)
            : Message(texts.Language, texts.UsedTitle, StatusCodes.Status409Conflict, switchPath, texts.UsedBody);
    }

    public static IResult Gone(LinkTexts texts, string? switchPath)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Message(texts.Language, texts.GoneTitle, StatusCodes.Status410Gone, switchPath, texts.GoneBody);
    }

    /// <summary>An expired link: 410, with what to do next; the controller's contact when known.</summary>
    public static IResult Expired(LinkTexts texts, bool person, string? contact, string? switchPath)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var paragraphs = new List<string> { person ? texts.ExpiredPersonBody : texts.ExpiredStaffBody };
        if (person && contact is not null)
        {
            paragraphs.Add(Placeholders.Fill(texts.ContactLine, ("contact", contact)));
        }

        return Message(texts.Language, texts.ExpiredTitle, StatusCodes.Status410Gone, switchPath, [.. paragraphs]);
    }

    public static IResult FormExpired(LinkTexts texts, string? switchPath)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Message(texts.Language, texts.FormExpiredTitle, StatusCodes.Status400BadRequest, switchPath, texts.FormExpiredBody);
    }

    public static IResult TooLarge(LinkTexts texts, long limitBytes, string? switchPath)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Message(texts.Language, texts.TooLargeTitle, StatusCodes.Status413PayloadTooLarge, switchPath, Placeholders.Fill(texts.TooLargeBody, ("limit", Size(limitBytes))));
    }

    public static IResult Queued(LinkTexts texts, string? switchPath)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Message(texts.Language, texts.QueuedTitle, StatusCodes.Status202Accepted, switchPath, texts.QueuedBody);
    }

    /// <summary>A size as people read it: "64 kB", "10 MB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} kB");
}
