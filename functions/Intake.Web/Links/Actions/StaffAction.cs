using Intake.Core.Tokens;
using Intake.Web.Fields;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Links.Actions;

/// <summary>An action behind a staff link: the page shows the request's facts so the decision is made on them.</summary>
public abstract class StaffAction : LinkAction
{
    public override TokenAudience Audience => TokenAudience.Staff;

    protected static RenderFragment Intro(LinkVisit visit, string text)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return Fragment.Of<StaffIntro>(new Dictionary<string, object?>
        {
            [nameof(StaffIntro.Visit)] = visit,
            [nameof(StaffIntro.Text)] = text,
        });
    }

    /// <summary>A form that is one button.</summary>
    protected static RenderFragment Submit(string text) => Fragment.Of<SubmitButton>(new Dictionary<string, object?> { [nameof(SubmitButton.Text)] = text });
}
