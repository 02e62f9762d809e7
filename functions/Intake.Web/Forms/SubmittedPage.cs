using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;

namespace Intake.Web.Forms;

/// <summary>
/// After a request is opened: the reference to quote, the due date when the engine already knows
/// it, and what happens next. The status link is not shown: it goes by mail only, so the page (or
/// someone who typed another person's address) never gets a key to the request.
/// </summary>
public static class SubmittedPage
{
    public static PageResult Result(Language language, Controller controller, RequestId reference, DateOnly? dueDate, bool isContact, bool byAgent)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var texts = FormTexts.For(language);
        var title = isContact ? texts.ContactSubmittedTitle : texts.SubmittedTitle;
        var due = dueDate is { } date
            ? Html.Of($"""<dt>{texts.DueDateLabel}</dt><dd>{texts.Date(date)}</dd>""")
            : HtmlContent.Empty;
        var next = isContact
            ? Html.Of($"<p>{texts.ContactNext}</p>")
            : Html.Of($"""
                <p>{(byAgent ? texts.NextAgentVerify : texts.NextVerify)}</p>
                <p>{texts.NextAfterVerify}</p>
                <p>{texts.NextSpam}</p>
                """);
        var main = Html.Of($"""
            <h1>{title}</h1>
            <dl class="facts">
            <dt>{texts.ReferenceLabel}</dt><dd class="reference">{reference.Value}</dd>
            {due}
            </dl>
            <p class="hint">{texts.ReferenceHint}</p>
            <h2>{texts.NextHeading}</h2>
            {next}
            <p><a href="/{language.Code()}/">{texts.FrontLink}</a></p>
            """);
        return new PageResult(PageLayout.Render(language, $"{title} – {controller.Primary.Name}", main));
    }
}
