using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Local.Cli;

/// <summary>
/// The post form of an Intake link page, read the way a browser submits it: where it posts and its
/// hidden fields (the antiforgery token among them). Only for our own pages, whose markup we write.
/// </summary>
public sealed partial record DemoForm(string Action, IReadOnlyDictionary<string, string> Hidden)
{
    /// <summary>The page's post form, or null when the page has none (an error or a done page).</summary>
    public static DemoForm? Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var form = FormTag().Match(html);
        if (!form.Success)
        {
            return null;
        }

        var hidden = HiddenInput().Matches(html)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);
        return new DemoForm(WebUtility.HtmlDecode(form.Groups["action"].Value), hidden);
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]*)\"")]
    private static partial Regex FormTag();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\"\\s*/?>")]
    private static partial Regex HiddenInput();
}
