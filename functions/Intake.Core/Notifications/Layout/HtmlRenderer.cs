using System.Text;
using Intake.Core.Markup;
using Intake.Core.Requests;

namespace Intake.Core.Notifications.Layout;

/// <summary>
/// Draws a <see cref="MailDocument"/> as the text/html part: plain semantic markup with inline
/// styles (mail clients drop style sheets), links as labelled buttons. Every string from a block
/// is encoded here, so no value can become markup.
/// </summary>
internal static class HtmlRenderer
{
    private const string BodyStyle = "margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5";
    private const string ParagraphStyle = "margin:0 0 16px";
    private const string HeadingStyle = "margin:24px 0 8px;font-size:18px";
    private const string ListStyle = "margin:0 0 16px;padding-left:24px";
    private const string QuoteStyle = "margin:0 0 16px;padding:8px 12px;border-left:4px solid #6b6b6b;background:#f3f3f3;white-space:pre-wrap";
    private const string TableStyle = "margin:0 0 16px;border-collapse:collapse";
    private const string LabelStyle = "padding:2px 16px 2px 0;text-align:left;vertical-align:top";
    private const string ValueStyle = "padding:2px 0;vertical-align:top";

    // White on #1f4e79 has a contrast ratio above 8:1 (WCAG AAA for normal text).
    private const string ButtonStyle = "display:inline-block;margin:0 8px 8px 0;padding:10px 18px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold";

    public static string Render(MailDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.Language.Code()).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(document.Subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"").Append(BodyStyle).Append("\">\n<div style=\"max-width:640px\">\n");

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    html.Append("<p style=\"").Append(ParagraphStyle).Append("\">")
                        .Append(HtmlText.Escape(paragraph.Text).Replace("\n", "<br>\n", StringComparison.Ordinal))
                        .Append("</p>\n");
                    break;
                case HeadingBlock heading:
                    html.Append("<h2 style=\"").Append(HeadingStyle).Append("\">").Append(HtmlText.Escape(heading.Text)).Append("</h2>\n");
                    break;
                case ListBlock list:
                    html.Append("<ul style=\"").Append(ListStyle).Append("\">\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(HtmlText.Escape(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case QuoteBlock quote:
                    html.Append("<blockquote style=\"").Append(QuoteStyle).Append("\">")
                        .Append(HtmlText.Escape(string.Join('\n', LineBreaks.Split(quote.Text))))
                        .Append("</blockquote>\n");
                    break;
                case FactsBlock facts:
                    html.Append("<table style=\"").Append(TableStyle).Append("\">\n");
                    foreach (var row in facts.Rows)
                    {
                        html.Append("<tr><th scope=\"row\" style=\"").Append(LabelStyle).Append("\">").Append(HtmlText.Escape(row.Key))
                            .Append("</th><td style=\"").Append(ValueStyle).Append("\">").Append(HtmlText.Escape(row.Value)).Append("</td></tr>\n");
                    }

                    html.Append("</table>\n");
                    break;
                case LinksBlock links:
                    html.Append("<p style=\"").Append(ParagraphStyle).Append("\">\n");
                    foreach (var link in links.Links)
                    {
                        html.Append("<a href=\"").Append(HtmlText.Escape(link.Url.AbsoluteUri)).Append("\" style=\"").Append(ButtonStyle).Append("\">")
                            .Append(HtmlText.Escape(link.Label)).Append("</a>\n");
                    }

                    html.Append("</p>\n");
                    break;
                default:
                    throw new InvalidOperationException($"No HTML drawing for {block.GetType().Name}.");
            }
        }

        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }
}
