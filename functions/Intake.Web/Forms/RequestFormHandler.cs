using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Forms;

/// <summary>The request form: <c>GET</c> shows it, <c>POST</c> checks it and opens the request.</summary>
public static class RequestFormHandler
{
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
        return new PageResult(RequestFormPage.Render(language, found, FormInput.Empty, tokens));
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

        var back = $"/{language.Code()}/{found.Id.Value}/";
        var (form, status) = await FormBody.ReadAsync(context, FieldLimits.FormWithFileBytes);
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
        var onBehalf = Value(FormFieldNames.OnBehalf) == "yes";
        var draft = new RequestDraft
        {
            Controller = found.Id.Value,
            Type = Value(FormFieldNames.Type),
            Language = language,
            Channel = Channel.WebForm,
            Name = Value(FormFieldNames.Name),
            Email = Value(FormFieldNames.Email),
            CustomerNumber = Value(FormFieldNames.CustomerNumber),
            Text = Value(FormFieldNames.Details),
            WrongValue = Value(FormFieldNames.WrongValue),
            CorrectValue = Value(FormFieldNames.CorrectValue),
            ParticularSituation = Value(FormFieldNames.Situation),
            OnBehalf = onBehalf,
            AgentName = Value(FormFieldNames.AgentName),
            AgentEmail = Value(FormFieldNames.AgentEmail),
        };
        var check = RequestDraftValidator.Check(draft, catalog, RequestDraftValidator.Rights);
        var errors = check.Errors.ToList();
        var (mandate, mandateError) = onBehalf ? await MandateFile.ReadAsync(form.Files.GetFile(FormFieldNames.Mandate), context.RequestAborted) : (null, null);
        if (mandateError is not null)
        {
            errors.Add(mandateError);
        }

        if (!string.IsNullOrEmpty(Value(FormFieldNames.Trap)))
        {
            errors.Add(new DraftError(DraftField.Trap, DraftProblem.TrapFilled));
        }

        if (errors.Count > 0 || check.Request is null)
        {
            return new PageResult(RequestFormPage.Render(language, found, new FormInput(values, errors), tokens), StatusCodes.Status400BadRequest);
        }

        return await FormSubmission.OpenAsync(context, language, found, check.Request, mandate, back);
    }
}
