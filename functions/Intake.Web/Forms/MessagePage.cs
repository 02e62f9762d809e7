using Intake.Core.Requests;
using Intake.Web.Pages;

namespace Intake.Web.Forms;

/// <summary>A page that only says something: an error, a limit, a refusal. The status code goes with it.</summary>
public static class MessagePage
{
    public static PageResult Result(Language language, int status, string title, string body, string? backHref = null, string? backLabel = null)
    {
        var back = backHref is null || backLabel is null ? HtmlContent.Empty : Html.Of($"""<p><a href="{backHref}">{backLabel}</a></p>""");
        var main = Html.Of($"""
            <h1>{title}</h1>
            <p>{body}</p>
            {back}
            """);
        return new PageResult(PageLayout.Render(language, title, main), status);
    }
}
