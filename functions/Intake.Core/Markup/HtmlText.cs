using System.Text;

namespace Intake.Core.Markup;

/// <summary>
/// Escapes text for HTML element content and quoted attributes: only &amp;, &lt;, &gt;, " and '
/// change. Letters such as ä, ö, å and Ü stay as they are (the page is UTF-8), so the report's
/// source stays readable, unlike a general encoder that turns them into numeric entities.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }
}
