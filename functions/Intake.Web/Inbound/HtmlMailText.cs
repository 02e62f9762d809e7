using System.Text;
using Intake.Core.Inbound;
using MimeKit.Text;

namespace Intake.Web.Inbound;

/// <summary>
/// Turns an HTML mail body into plain text for people and the classifier. The HTML is only
/// tokenised (MimeKit's HTML5 tokenizer), never rendered or executed: scripts, styles and the
/// document head are dropped with their content, every tag disappears, character references are
/// decoded, block elements and <c>&lt;br&gt;</c> become line breaks, paragraphs are set apart by a blank line, list items get a dash, and
/// text inside <c>&lt;blockquote&gt;</c> is prefixed with <c>&gt; </c> so that quoted history can be
/// removed like in plain-text mail. No markup survives.
/// </summary>
public static class HtmlMailText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "template", "noscript", "xml", "object", "embed", "applet", "iframe", "frameset", "svg", "math", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
        "address", "form", "fieldset", "center", "main", "nav", "aside", "figure", "figcaption", "caption", "hr", "body", "html",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    };

    /// <summary>The text of <paramref name="html"/>; empty for null or empty input.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var writer = new Lines();
        var dropDepth = 0;
        var preDepth = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Dropped.Contains(tag.Name):
                    if (!tag.IsEmptyElement)
                    {
                        dropDepth = Math.Max(0, dropDepth + (tag.IsEndTag ? -1 : 1));
                    }

                    break;
                case HtmlTagToken when dropDepth > 0:
                    break;
                case HtmlTagToken tag:
                    preDepth = Tag(tag, writer, preDepth);
                    break;
                case HtmlDataToken data when dropDepth == 0 && token.Kind == HtmlTokenKind.Data:
                    writer.Text(data.Data, preserveWhitespace: preDepth > 0);
                    break;
                default:
                    // Comments, CDATA, doctype and script data carry nothing a person wrote.
                    break;
            }
        }

        return MailText.Body(writer.Finish());
    }

    private static int Tag(HtmlTagToken tag, Lines writer, int preDepth)
    {
        var name = tag.Name.ToLowerInvariant();
        switch (name)
        {
            case "br":
                writer.Break();
                break;
            case "blockquote":
                writer.EndLine();
                writer.Quote(tag.IsEndTag ? -1 : 1);
                break;
            case "li":
                writer.EndLine();
                if (!tag.IsEndTag)
                {
                    writer.Text("- ", preserveWhitespace: true);
                }

                break;
            case "td" or "th" when !tag.IsEndTag:
                writer.Text(" ", preserveWhitespace: true);
                break;
            case "img" when !tag.IsEndTag:
                // An image says nothing in text; its alt text may, but is usually a logo's name.
                break;
            default:
                if (Paragraphs.Contains(name))
                {
                    writer.BlankLine();

                    if (name == "pre")
                    {
                        return Math.Max(0, preDepth + (tag.IsEndTag ? -1 : 1));
                    }
                }
                else if (Blocks.Contains(name))
                {
                    writer.EndLine();
                }

                break;
        }

        return preDepth;
    }

    // Collects output line by line, so each finished line gets the quote prefix of its depth.
    // Outside <pre>, a line's whitespace is collapsed when it is finished (as HTML renders it).
    private sealed class Lines
    {
        private readonly StringBuilder output = new();
        private readonly StringBuilder line = new();
        private int quoteDepth;
        private bool lineIsPreformatted;

        public void Text(string text, bool preserveWhitespace)
        {
            if (!preserveWhitespace)
            {
                line.Append(text);
                return;
            }

            lineIsPreformatted = true;
            var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Break();
                    lineIsPreformatted = true;
                }

                line.Append(parts[i]);
            }
        }

        // Ends the current line if it has text.
        public void EndLine()
        {
            if (Content().Length > 0)
            {
                Break();
            }
        }

        // Ends the current line, even an empty one (a <br> on its own makes a blank line).
        public void Break()
        {
            var content = Content();
            if (content.Length > 0)
            {
                for (var i = 0; i < quoteDepth; i++)
                {
                    output.Append("> ");
                }

                output.Append(content);
            }

            output.Append('\n');
            line.Clear();
            lineIsPreformatted = false;
        }

        // Ends the current line and leaves one blank line, unless one is already there.
        public void BlankLine()
        {
            EndLine();
            if (output.Length > 0 && !output.ToString().EndsWith("\n\n", StringComparison.Ordinal))
            {
                output.Append('\n');
            }
        }

        public void Quote(int change) => quoteDepth = Math.Max(0, quoteDepth + change);

        public string Finish()
        {
            EndLine();
            return output.ToString();
        }

        private string Content() =>
            lineIsPreformatted ? line.ToString().TrimEnd() : MailText.SingleLine(line.ToString());
    }
}
