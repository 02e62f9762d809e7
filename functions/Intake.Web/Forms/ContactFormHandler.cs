using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>The contact form: <c>GET</c> shows it, <c>POST</c> opens a <see cref="RequestType.Contact"/> request for staff.</summary>
public sealed class ContactFormHandler(FormGate forms, IControllerCatalog catalog, FormSubmission submission)
{
    private static readonly RequestType[] ContactOnly = [RequestType.Contact];

    public IResult Get(HttpContext context, string lang, string controller) =>
        forms.Show(context, lang, controller, (language, found, tokens) => ContactFormPage.Render(language, found, FormInput.Empty, tokens));

    public async Task<IResult> PostAsync(HttpContext context, string lang, string controller)
    {
        var (post, refusal) = await forms.ReadRoutedAsync(context, lang, controller, "contact", FieldLimits.FormBytes);
        if (post is null)
        {
            return refusal!;
        }

        var (language, found, posted, back) = post;
        var draft = new RequestDraft
        {
            Controller = found.Id.Value,
            Type = RequestType.Contact.WireName(),
            Language = language,
            Channel = Channel.WebForm,
            Name = posted.Value(FormFieldNames.Name),
            Email = posted.Value(FormFieldNames.Email),
            Phone = posted.Value(FormFieldNames.Phone),
            Industry = posted.Value(FormFieldNames.Industry),
            ServicesOfInterest = posted.Value(FormFieldNames.Services),
            Text = posted.Value(FormFieldNames.Details),
        };
        var check = RequestDraftValidator.Check(draft, catalog, ContactOnly);
        var errors = check.Errors.Concat(Honeypot.Check(posted)).ToList();
        if (errors.Count > 0 || check.Request is null)
        {
            return new PageResult(ContactFormPage.Render(language, found, new FormInput(posted.Values, errors), posted.Tokens), StatusCodes.Status400BadRequest);
        }

        return await submission.OpenAsync(context, language, found, check.Request, mandate: null, back);
    }
}
