using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;

namespace Intake.Web.Forms;

/// <summary>The front page: what a person can do here, and every configured controller with its two forms.</summary>
public static class FrontPage
{
    public static PageView Render(Language language, IReadOnlyList<Controller> controllers)
    {
        ArgumentNullException.ThrowIfNull(controllers);
        var texts = FormTexts.For(language);
        var lang = language.Code();
        var items = controllers.Select(controller => Html.Of($"""
            <li>
            <h2>{controller.Primary.Name}</h2>
            {(controller.HasJointControllers ? Html.Of($"<p>{texts.JointControllersHeading}: {string.Join(", ", controller.Parties.Select(party => party.Name))}</p>") : HtmlContent.Empty)}
            <p><a class="button" href="/{lang}/{controller.Id.Value}/" aria-label="{texts.MakeRequestLink}: {controller.Primary.Name}">{texts.MakeRequestLink}</a>
            <a class="button secondary" href="/{lang}/{controller.Id.Value}/contact" aria-label="{texts.ContactLink}: {controller.Primary.Name}">{texts.ContactLink}</a></p>
            </li>
            """));
        var main = Html.Of($"""
            <h1>{texts.FrontTitle}</h1>
            <p>{texts.FrontIntro}</p>
            <p class="notice">{texts.FreeAndNoSignature}</p>
            {(controllers.Count == 0 ? Html.Of($"<p>{texts.NoControllers}</p>") : Html.Of($"<ul class=\"controllers\">{items}</ul>"))}
            """);
        return PageLayout.Render(language, texts.FrontTitle, main, "/");
    }
}
