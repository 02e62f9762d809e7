using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>The request form: <c>GET</c> shows it, <c>POST</c> checks it and opens the request.</summary>
public sealed class RequestFormHandler(FormGate forms, IControllerCatalog catalog, FormSubmission submission)
{
    public IResult Get(HttpContext context, string lang, string controller) =>
        forms.Show(context, lang, controller, (language, found, tokens) => RequestFormPage.Render(language, found, FormInput.Empty, tokens));

    public async Task<IResult> PostAsync(HttpContext context, string lang, string controller)
    {
        var (post, refusal) = await forms.ReadRoutedAsync(context, lang, controller, string.Empty, FieldLimits.FormWithFileBytes);
        if (post is null)
        {
            return refusal!;
        }

        var (language, found, posted, back) = post;
        var onBehalf = posted.Value(FormFieldNames.OnBehalf) == "yes";
        var draft = new RequestDraft
        {
            Controller = found.Id.Value,
            Type = posted.Value(FormFieldNames.Type),
            Language = language,
            Channel = Channel.WebForm,
            Name = posted.Value(FormFieldNames.Name),
            Email = posted.Value(FormFieldNames.Email),
            CustomerNumber = posted.Value(FormFieldNames.CustomerNumber),
            Text = posted.Value(FormFieldNames.Details),
            WrongValue = posted.Value(FormFieldNames.WrongValue),
            CorrectValue = posted.Value(FormFieldNames.CorrectValue),
            ParticularSituation = posted.Value(FormFieldNames.Situation),
            OnBehalf = onBehalf,
            AgentName = posted.Value(FormFieldNames.AgentName),
            AgentEmail = posted.Value(FormFieldNames.AgentEmail),
        };
        var check = RequestDraftValidator.Check(draft, catalog, RequestDraftValidator.Rights);
        var errors = check.Errors.ToList();
        var (mandate, mandateError) = onBehalf ? await MandateFile.ReadAsync(posted.Form.Files.GetFile(FormFieldNames.Mandate), context.RequestAborted) : (null, null);
        if (mandateError is not null)
        {
            errors.Add(mandateError);
        }
        else if (onBehalf && mandate is null)
        {
            errors.Add(new DraftError(DraftField.Mandate, DraftProblem.Missing));
        }

        errors.AddRange(Honeypot.Check(posted));
        if (errors.Count > 0 || check.Request is null)
        {
            return new PageResult(RequestFormPage.Render(language, found, new FormInput(posted.Values, errors), posted.Tokens), StatusCodes.Status400BadRequest);
        }

        return await submission.OpenAsync(context, language, found, check.Request, mandate, back);
    }
}
