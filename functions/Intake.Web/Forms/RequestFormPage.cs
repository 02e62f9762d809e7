using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Forms;

/// <summary>
/// The request form. Works without JavaScript: every field is always there, the ones that belong
/// to one right (rectification, an objection on particular grounds, acting for someone) grouped in
/// fieldsets that say when they apply. <c>novalidate</c> leaves checking to the server, whose
/// errors come as a summary linked to the fields, in the person's language.
/// </summary>
public static class RequestFormPage
{
    public static PageView Render(Language language, Controller controller, FormInput input, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(input);
        var texts = FormTexts.For(language);
        var lang = language.Code();
        var fields = Fields(input, texts);
        var typeError = input.ErrorFor(DraftField.Type, texts);
        var radios = RequestDraftValidator.Rights.Select(type =>
        {
            var (label, hint) = texts.Types[type];
            var value = type.WireName();
            var id = "type-" + value;
            return Html.Of($"""
                <div class="choice"><input type="radio" id="{id}" name="{FormFieldNames.Type}" value="{value}" aria-describedby="{id}-hint"{(input.IsChecked(FormFieldNames.Type, value) ? HtmlContent.TrustedMarkup(" checked") : HtmlContent.Empty)}>
                <div><label for="{id}">{label}</label><p class="hint" id="{id}-hint">{hint}</p></div></div>
                """);
        });
        var trap = input.Field(DraftField.Trap, texts.TrapLabel, null, texts);
        var invalid = new[] { DraftField.Type, DraftField.Name, DraftField.Email, DraftField.CustomerNumber, DraftField.Text, DraftField.WrongValue, DraftField.CorrectValue, DraftField.ParticularSituation, DraftField.AgentName, DraftField.AgentEmail, DraftField.Mandate, DraftField.Trap }
            .Where(field => input.ErrorFor(field, texts) is not null)
            .Select(field => field == DraftField.Type
                ? new FieldView(FormFieldNames.Type, texts.TypeLegend, null, null, typeError, 0)
                : fields.GetValueOrDefault(field) ?? trap)
            .ToList();
        var typeFieldset = Html.Of($"""
            <fieldset id="f-type"{(typeError is null ? HtmlContent.Empty : HtmlContent.TrustedMarkup(" aria-describedby=\"f-type-error\""))}>
            <legend>{texts.TypeLegend}</legend>
            {(typeError is null ? HtmlContent.Empty : Html.Of($"<p class=\"field-error\" id=\"f-type-error\">{typeError}</p>"))}
            {radios}
            </fieldset>
            """);
        var main = Html.Of($"""
            <h1>{texts.RequestTitle}: {controller.Primary.Name}</h1>
            {FormMarkup.ErrorSummary(texts, invalid)}
            <p>{texts.RequestIntro}</p>
            {ControllerPanel.Render(controller, texts)}
            <form method="post" action="/{lang}/{controller.Id.Value}/" enctype="multipart/form-data" novalidate>
            {FormMarkup.Antiforgery(tokens)}
            {typeFieldset}
            {FormMarkup.Input(fields[DraftField.Name], texts, "text", "name")}
            {FormMarkup.Input(fields[DraftField.Email], texts, "email", "email")}
            {FormMarkup.Input(fields[DraftField.CustomerNumber], texts)}
            {FormMarkup.TextArea(fields[DraftField.Text], texts)}
            <fieldset>
            <legend>{texts.RectificationLegend}</legend>
            {FormMarkup.TextArea(fields[DraftField.WrongValue], texts, 3)}
            {FormMarkup.TextArea(fields[DraftField.CorrectValue], texts, 3)}
            </fieldset>
            <fieldset>
            <legend>{texts.SituationLegend}</legend>
            {FormMarkup.TextArea(fields[DraftField.ParticularSituation], texts)}
            </fieldset>
            <fieldset>
            <legend>{texts.AgentLegend}</legend>
            <div class="choice"><input type="checkbox" id="f-onBehalf" name="{FormFieldNames.OnBehalf}" value="yes" aria-describedby="f-onBehalf-hint"{(input.IsChecked(FormFieldNames.OnBehalf, "yes") ? HtmlContent.TrustedMarkup(" checked") : HtmlContent.Empty)}>
            <label for="f-onBehalf">{texts.OnBehalfLabel}</label></div>
            <p class="hint" id="f-onBehalf-hint">{texts.AgentHint}</p>
            {FormMarkup.Input(fields[DraftField.AgentName], texts, "text", "name")}
            {FormMarkup.Input(fields[DraftField.AgentEmail], texts, "email", "email")}
            <div class="field">
            {FormMarkup.Label(fields[DraftField.Mandate], texts)}{FormMarkup.Hint(fields[DraftField.Mandate])}{FormMarkup.Error(fields[DraftField.Mandate])}<input type="file" id="{fields[DraftField.Mandate].Id}" name="{FormFieldNames.Mandate}" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"{FormMarkup.Attributes(fields[DraftField.Mandate], null)}>
            </div>
            </fieldset>
            {Trap(trap, texts)}
            <button type="submit">{texts.SubmitRequest}</button>
            </form>
            """);
        return PageLayout.Render(language, $"{texts.RequestTitle} – {controller.Primary.Name}", main, $"/{controller.Id.Value}/");
    }

    /// <summary>
    /// The honeypot, kept off screen and out of the tab order. When it was filled, it is shown with
    /// its error instead, so a person whose browser filled it can see and clear it.
    /// </summary>
    public static HtmlContent Trap(FieldView trap, FormTexts texts)
    {
        ArgumentNullException.ThrowIfNull(trap);
        ArgumentNullException.ThrowIfNull(texts);
        return trap.Error is null
            ? Html.Of($"""<div class="trap" aria-hidden="true"><label for="{trap.Id}">{trap.Label}</label><input type="text" id="{trap.Id}" name="{trap.Name}" value="" tabindex="-1" autocomplete="off"></div>""")
            : FormMarkup.Input(trap, texts, "text", "off");
    }

    private static Dictionary<DraftField, FieldView> Fields(FormInput input, FormTexts texts) => new()
    {
        [DraftField.Name] = input.Field(DraftField.Name, texts.NameLabel, texts.NameHint, texts) with { Required = true },
        [DraftField.Email] = input.Field(DraftField.Email, texts.EmailLabel, texts.EmailHint, texts) with { Required = true },
        [DraftField.CustomerNumber] = input.Field(DraftField.CustomerNumber, texts.CustomerNumberLabel, texts.CustomerNumberHint, texts) with { Optional = true },
        [DraftField.Text] = input.Field(DraftField.Text, texts.DetailsLabel, texts.DetailsHint, texts) with { Optional = true },
        [DraftField.WrongValue] = input.Field(DraftField.WrongValue, texts.WrongValueLabel, null, texts),
        [DraftField.CorrectValue] = input.Field(DraftField.CorrectValue, texts.CorrectValueLabel, null, texts),
        [DraftField.ParticularSituation] = input.Field(DraftField.ParticularSituation, texts.SituationLabel, texts.SituationHint, texts),
        [DraftField.AgentName] = input.Field(DraftField.AgentName, texts.AgentNameLabel, null, texts),
        [DraftField.AgentEmail] = input.Field(DraftField.AgentEmail, texts.AgentEmailLabel, null, texts),
        [DraftField.Mandate] = new FieldView(FormFieldNames.Mandate, texts.MandateLabel, texts.MandateHint, null, input.ErrorFor(DraftField.Mandate, texts), 0) { Optional = true },
    };
}
