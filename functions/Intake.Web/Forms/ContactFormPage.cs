using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Forms;

/// <summary>
/// The contact form of the seed notices ("Ota yhteyttä"): name and contact details are required,
/// industry and services of interest optional. The contact details are an email address (required:
/// the acknowledgement and the answer go by mail) and an optional phone number.
/// </summary>
public static class ContactFormPage
{
    public static PageView Render(Language language, Controller controller, FormInput input, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(input);
        var texts = FormTexts.For(language);
        var lang = language.Code();
        var name = input.Field(DraftField.Name, texts.ContactNameLabel, null, texts) with { Required = true };
        var email = input.Field(DraftField.Email, texts.ContactEmailLabel, null, texts) with { Required = true };
        var phone = input.Field(DraftField.Phone, texts.ContactPhoneLabel, null, texts) with { Optional = true };
        var industry = input.Field(DraftField.Industry, texts.IndustryLabel, null, texts) with { Optional = true };
        var services = input.Field(DraftField.ServicesOfInterest, texts.ServicesLabel, null, texts) with { Optional = true };
        var message = input.Field(DraftField.Text, texts.MessageLabel, null, texts) with { Optional = true };
        var trap = input.Field(DraftField.Trap, texts.TrapLabel, null, texts);
        var invalid = new[] { name, email, phone, industry, services, message, trap }.Where(field => field.Error is not null).ToList();
        var main = Html.Of($"""
            <h1>{texts.ContactTitle}: {controller.Primary.Name}</h1>
            {FormMarkup.ErrorSummary(texts, invalid)}
            <p>{texts.ContactIntro}</p>
            <p>{texts.ContactNotForRights} <a href="/{lang}/{controller.Id.Value}/">{texts.MakeRequestLink}</a></p>
            {ControllerPanel.Render(controller, texts)}
            <form method="post" action="/{lang}/{controller.Id.Value}/contact" novalidate>
            {FormMarkup.Antiforgery(tokens)}
            {FormMarkup.Input(name, texts, "text", "name")}
            <fieldset>
            <legend>{texts.ContactDetailsLegend}</legend>
            <p class="hint">{texts.ContactDetailsHint}</p>
            {FormMarkup.Input(email, texts, "email", "email")}
            {FormMarkup.Input(phone, texts, "tel", "tel")}
            </fieldset>
            {FormMarkup.Input(industry, texts, "text", "organization-title")}
            {FormMarkup.TextArea(services, texts, 3)}
            {FormMarkup.TextArea(message, texts)}
            {RequestFormPage.Trap(trap, texts)}
            <button type="submit">{texts.SubmitContact}</button>
            </form>
            """);
        return PageLayout.Render(language, $"{texts.ContactTitle} – {controller.Primary.Name}", main, $"/{controller.Id.Value}/contact");
    }
}
