using System.Text;

namespace Intake.Core.Notifications.Layout;

/// <summary>
/// Encodes text for HTML element content and double-quoted attributes. The five characters that
/// can open markup or end an attribute are replaced; everything else (ä, ö, å, õ) stays readable.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
