using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Web.Pages;

/// <summary>
/// The frame of every page: the language, a skip link, the language switch, one main landmark.
/// Styles come from one stylesheet (no inline styles or scripts, so the content security policy
/// can forbid them); pages work without JavaScript.
/// </summary>
public static class PageLayout
{
    /// <summary>The skip link's words; the language switch names each language in itself, so it needs no table.</summary>
    public static Translations<string> SkipToContent { get; } =
        new("Siirry sisältöön", "Hoppa till innehållet", "Skip to content", "Liigu sisu juurde");

    /// <param name="wide">A staff page of wide tables: its main column may use a wide screen.</param>
    public static HtmlContent Render(Language language, string title, HtmlContent main, string? languageSwitchPath = null, bool wide = false)
    {
        var skip = SkipToContent.For(language);
        var switcher = languageSwitchPath is null
            ? HtmlContent.Empty
            : Html.Of($"""
                <nav class="languages" aria-label="Language / Kieli / Språk / Keel"><a href="/fi{languageSwitchPath}" lang="fi" hreflang="fi">Suomeksi</a> <a href="/sv{languageSwitchPath}" lang="sv" hreflang="sv">På svenska</a> <a href="/en{languageSwitchPath}" lang="en" hreflang="en">In English</a> <a href="/et{languageSwitchPath}" lang="et" hreflang="et">Eesti keeles</a></nav>
                """);
        return Html.Of($"""
            <!doctype html>
            <html lang="{language.Code()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{title}</title>
            <link rel="stylesheet" href="/assets/intake.css">
            </head>
            <body>
            <a class="skip" href="#main">{skip}</a>
            <header class="site">{switcher}</header>
            <main id="main"{(wide ? HtmlContent.TrustedMarkup(" class=\"wide\"") : HtmlContent.Empty)}>
            {main}
            </main>
            </body>
            </html>
            """);
    }
}
