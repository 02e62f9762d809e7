using System.Text;

namespace Intake.Core.Notifications.Layout;

/// <summary>Draws a <see cref="MailDocument"/> as the text/plain part: links as label and full URL on their own line.</summary>
public static class PlainTextRenderer
{
    public static string Render(MailDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    text.Append(paragraph.Text).Append("\n\n");
                    break;
                case HeadingBlock heading:
                    text.Append(heading.Text).Append('\n').Append('-', heading.Text.Length).Append("\n\n");
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").Append(item).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case QuoteBlock quote:
                    foreach (var line in LineBreaks.Split(quote.Text))
                    {
                        text.Append("> ").Append(line).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case FactsBlock facts:
                    foreach (var row in facts.Rows)
                    {
                        text.Append(row.Key).Append(": ").Append(row.Value).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case LinksBlock links:
                    foreach (var link in links.Links)
                    {
                        text.Append(link.Label).Append(":\n").Append(link.Url.AbsoluteUri).Append("\n\n");
                    }

                    break;
                default:
                    throw new InvalidOperationException($"No text drawing for {block.GetType().Name}.");
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }
}
