using System.Net;
using System.Text.RegularExpressions;
using Intake.Local.Cli;

namespace Intake.Integration.Tests.Links;

/// <summary>A link page as a browser would get it: status, HTML, and the form's action and hidden fields.</summary>
internal sealed partial record LinkPage(HttpStatusCode Status, string Html, string? FormAction, IReadOnlyDictionary<string, string> Hidden)
{
    public static async Task<LinkPage> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var form = DemoForm.Read(html);
        return new LinkPage(response.StatusCode, html, form?.Action, form?.Hidden ?? new Dictionary<string, string>());
    }

    /// <summary>The visible text of the page: tags removed, entities decoded, white space collapsed.</summary>
    public string Text => WhiteSpace().Replace(WebUtility.HtmlDecode(Tag().Replace(Html, " ")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
