using Intake.Core.DataControllers;
using Intake.Web.Pages;
using Intake.Web.Texts;

namespace Intake.Web.Forms;

/// <summary>
/// Who answers the request: every party (all joint controllers, Art 26(3): any of them must
/// honour it), the privacy notice and the privacy contact, and the plain statement that the
/// request is free and needs no signature or form. The seed notices still ask for a signed letter
/// and allow one free access a year; that came from the repealed Personal Data Act, and saying the
/// GDPR rule here keeps a person from being put off by it (Art 12(2), 12(5)).
/// </summary>
public static class ControllerPanel
{
    public static HtmlContent Render(Controller controller, FormTexts texts)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(texts);
        var parties = controller.Parties.Select(party => Html.Of($"""
            <li><strong>{party.Name}</strong>{(party.BusinessId is null ? HtmlContent.Empty : Html.Of($", {texts.BusinessIdLabel} {party.BusinessId}"))}{(party.Address is null ? HtmlContent.Empty : Html.Of($", {party.Address}"))}</li>
            """));
        var notice = controller.PrivacyNoticeUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? Html.Of($"""<p><a href="{parsed.AbsoluteUri}">{texts.PrivacyNoticeLink}</a></p>""")
            : HtmlContent.Empty;
        return Html.Of($"""
            <section class="controller" aria-labelledby="controller-heading">
            <h2 id="controller-heading">{(controller.HasJointControllers ? texts.JointControllersHeading : texts.ControllerHeading)}</h2>
            <ul>{parties}</ul>
            {(controller.HasJointControllers ? Html.Of($"<p>{texts.JointControllersNote}</p>") : HtmlContent.Empty)}
            <p>{texts.PrivacyContactLabel}: <a href="mailto:{controller.PrivacyContactEmail}">{controller.PrivacyContactEmail}</a></p>
            {notice}
            </section>
            <p class="notice">{texts.FreeAndNoSignature}</p>
            """);
    }
}
