using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Forms;

/// <summary>The contact form: <c>GET</c> shows it, <c>POST</c> opens a <see cref="RequestType.Contact"/> request for staff.</summary>
public static class ContactFormHandler
{
    private static readonly RequestType[] ContactOnly = [RequestType.Contact];

    public static IResult Get(HttpContext context, string lang, string controller)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = PageLanguage.From(context.Request, lang);
        var found = ControllerLookup.Find(context.RequestServices.GetRequiredService<IControllerCatalog>(), controller);
        if (found is null)
        {
            return FormPages.NotFound(language);
        }

        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new PageResult(ContactFormPage.Render(language, found, FormInput.Empty, tokens));
    }

    public static async Task<IResult> PostAsync(HttpContext context, string lang, string controller)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var language = PageLanguage.From(context.Request, lang);
        var catalog = services.GetRequiredService<IControllerCatalog>();
        var found = ControllerLookup.Find(catalog, controller);
        if (found is null)
        {
            return FormPages.NotFound(language);
        }

        var back = $"/{language.Code()}/{found.Id.Value}/contact";
        var (form, status) = await FormBody.ReadAsync(context, FieldLimits.FormBytes);
        if (status == FormBodyStatus.TooLarge)
        {
            return FormPages.TooLarge(language, back);
        }

        var antiforgery = services.GetRequiredService<IAntiforgery>();
        if (form is null)
        {
            return FormPages.Malformed(language, back);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return FormPages.Antiforgery(language, back);
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        var values = FormFields.From(form, tokens.FormFieldName);
        string? Value(string name) => values.TryGetValue(name, out var value) ? value : null;
        var draft = new RequestDraft
        {
            Controller = found.Id.Value,
            Type = RequestType.Contact.WireName(),
            Language = language,
            Channel = Channel.WebForm,
            Name = Value(FormFieldNames.Name),
            Email = Value(FormFieldNames.Email),
            Phone = Value(FormFieldNames.Phone),
            Industry = Value(FormFieldNames.Industry),
            ServicesOfInterest = Value(FormFieldNames.Services),
            Text = Value(FormFieldNames.Details),
        };
        var check = RequestDraftValidator.Check(draft, catalog, ContactOnly);
        var errors = check.Errors.ToList();
        if (!string.IsNullOrEmpty(Value(FormFieldNames.Trap)))
        {
            errors.Add(new DraftError(DraftField.Trap, DraftProblem.TrapFilled));
        }

        if (errors.Count > 0 || check.Request is null)
        {
            return new PageResult(ContactFormPage.Render(language, found, new FormInput(values, errors), tokens), StatusCodes.Status400BadRequest);
        }

        return await FormSubmission.OpenAsync(context, language, found, check.Request, mandate: null, back);
    }
}
