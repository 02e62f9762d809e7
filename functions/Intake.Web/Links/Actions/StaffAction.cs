using Intake.Core.Tokens;
using Intake.Web.Pages;
using Intake.Web.Staff;

namespace Intake.Web.Links.Actions;

/// <summary>An action behind a staff link: the page shows the request's facts so the decision is made on them.</summary>
public abstract class StaffAction : LinkAction
{
    public override TokenAudience Audience => TokenAudience.Staff;

    protected static HtmlContent Facts(LinkVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return RequestFacts.For(visit.State, visit.Texts, visit.Staff, visit.TimeZoneId);
    }

    protected static HtmlContent Intro(LinkVisit visit, string text) => Html.Of($"{FormHtml.Paragraph(text)}\n{Facts(visit)}");
}
