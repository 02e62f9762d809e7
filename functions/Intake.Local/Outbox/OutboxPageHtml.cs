using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Intake.Local.Outbox;

/// <summary>
/// Draws the outbox pages. Every stored value is encoded; a mail's HTML body is shown only inside
/// a sandboxed iframe (<c>srcdoc</c>, no scripts, no same-origin), never inserted into the page.
/// </summary>
internal static class OutboxPageHtml
{
    // Mail text holds long links: they wrap (pre-wrap, anywhere) so a 390 px screen never scrolls sideways.
    private const string Style =
        "body{font-family:system-ui,Arial,sans-serif;margin:0;padding:1rem 2rem;color:#1a1a1a;background:#fff;line-height:1.5;overflow-wrap:anywhere}" +
        "article{border:1px solid #b8b8b8;border-radius:6px;padding:1rem;margin:0 0 1.5rem}" +
        "h2{margin:0 0 .5rem;font-size:1.2rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 .75rem}" +
        "dt{font-weight:bold}dd{margin:0}pre{white-space:pre-wrap;background:#f3f3f3;padding:.75rem;border-radius:4px}" +
        "iframe{width:100%;height:32rem;border:1px solid #b8b8b8;background:#fff}a{color:#1f4e79}" +
        "a:focus{outline:3px solid #f0a500;outline-offset:2px}.links li{margin:.25rem 0}" +
        "dd{min-width:0}pre,code{overflow-wrap:anywhere;max-width:100%}iframe{max-width:100%}" +
        "@media (max-width:40rem){body{padding:.75rem}article{padding:.75rem}dl{grid-template-columns:minmax(0,1fr);gap:0}dd{margin-bottom:.4rem}iframe{height:24rem}}";

    public static string List(OutboxPage page, PathString pathBase)
    {
        var html = Start("Outbox");
        html.Append("<header><h1>Outbox</h1><p>Mail the local host would have sent, newest first. Nothing here left this machine.</p></header>\n<main>\n");
        if (page.Mails.Count == 0)
        {
            html.Append("<p>No mail yet.</p>\n");
        }

        foreach (var mail in page.Mails)
        {
            AppendMail(html, mail, pathBase, headingLevel: 2, bodyOpen: false);
        }

        if (page.ContinuationToken is { } token)
        {
            html.Append("<nav aria-label=\"Pages\"><a href=\"").Append(Encode($"{pathBase}/outbox?page={Uri.EscapeDataString(token)}"))
                .Append("\">Older mail</a></nav>\n");
        }

        return End(html);
    }

    public static string Single(OutboxMail mail, PathString pathBase)
    {
        var html = Start(mail.Subject);
        html.Append("<nav><a href=\"").Append(Encode($"{pathBase}/outbox")).Append("\">All mail</a></nav>\n<main>\n");
        AppendMail(html, mail, pathBase, headingLevel: 1, bodyOpen: true);
        return End(html);
    }

    private static void AppendMail(StringBuilder html, OutboxMail mail, PathString pathBase, int headingLevel, bool bodyOpen)
    {
        var headingId = "mail-" + mail.Id;
        html.Append("<article aria-labelledby=\"").Append(headingId).Append("\">\n")
            .Append("<h").Append(headingLevel).Append(" id=\"").Append(headingId).Append("\"><a href=\"")
            .Append(Encode($"{pathBase}/outbox/{mail.Id}")).Append("\">").Append(Encode(mail.Subject)).Append("</a></h").Append(headingLevel).Append(">\n")
            .Append("<dl>\n<dt>To</dt><dd>").Append(Encode(mail.To)).Append("</dd>\n")
            .Append("<dt>Sent</dt><dd><time datetime=\"").Append(Encode(Iso(mail.SentAt))).Append("\">").Append(Encode(Iso(mail.SentAt))).Append("</time></dd>\n");
        if (mail.Reference is { } reference)
        {
            html.Append("<dt>Request</dt><dd>").Append(Encode(reference)).Append("</dd>\n");
        }

        if (mail.Kind is { } kind)
        {
            html.Append("<dt>Kind</dt><dd>").Append(Encode(kind)).Append("</dd>\n");
        }

        html.Append("</dl>\n");

        if (mail.Links.Count > 0)
        {
            html.Append("<h").Append(headingLevel + 1).Append(">Links</h").Append(headingLevel + 1).Append(">\n<ul class=\"links\">\n");
            foreach (var link in mail.Links)
            {
                html.Append("<li>");
                if (link.Url.Scheme == Uri.UriSchemeHttp || link.Url.Scheme == Uri.UriSchemeHttps)
                {
                    html.Append("<a href=\"").Append(Encode(link.Url.AbsoluteUri)).Append("\">").Append(Encode(link.Label)).Append("</a>");
                }
                else
                {
                    html.Append(Encode(link.Label)).Append(": ").Append(Encode(link.Url.OriginalString));
                }

                html.Append(" <code>").Append(Encode(link.Name)).Append("</code></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h").Append(headingLevel + 1).Append(">Text</h").Append(headingLevel + 1).Append(">\n<pre>").Append(Encode(mail.Text)).Append("</pre>\n")
            .Append("<details").Append(bodyOpen ? " open" : string.Empty).Append("><summary>HTML</summary>\n")
            .Append("<iframe sandbox=\"\" referrerpolicy=\"no-referrer\" loading=\"lazy\" title=\"HTML body: ").Append(Encode(mail.Subject))
            .Append("\" srcdoc=\"").Append(Encode(mail.Html)).Append("\"></iframe>\n</details>\n</article>\n");
    }

    private static StringBuilder Start(string title) =>
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(title)).Append(" – Intake outbox</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

    private static string End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n").ToString();

    private static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // All of Unicode stays literal (ä, ö, å read as themselves); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string value) => Encoder.Encode(value);
}
