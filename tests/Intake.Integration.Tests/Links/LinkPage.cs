using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Integration.Tests.Links;

/// <summary>A link page as a browser would get it: status, HTML, and the form's action and hidden fields.</summary>
internal sealed partial record LinkPage(HttpStatusCode Status, string Html, string? FormAction, IReadOnlyDictionary<string, string> Hidden)
{
    public static async Task<LinkPage> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var form = FormTag().Match(html);
        var hidden = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        return new LinkPage(response.StatusCode, html, form.Success ? WebUtility.HtmlDecode(form.Groups["action"].Value) : null, hidden);
    }

    /// <summary>The visible text of the page: tags removed, entities decoded, white space collapsed.</summary>
    public string Text => WhiteSpace().Replace(WebUtility.HtmlDecode(Tag().Replace(Html, " ")), " ");

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]*)\"")]
    private static partial Regex FormTag();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
