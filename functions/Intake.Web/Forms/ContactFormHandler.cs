using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Forms;

/// <summary>The contact form: <c>GET</c> shows it, <c>POST</c> opens a <see cref="RequestType.Contact"/> request for staff.</summary>
public static class ContactFormHandler
{
    private static readonly RequestType[] ContactOnly = [RequestType.Contact];

    public static IResult Get(HttpContext context, string lang, string controller) =>
        FormRoute.Show(context, lang, controller, (language, found, tokens) => ContactFormPage.Render(language, found, FormInput.Empty, tokens));

    public static async Task<IResult> PostAsync(HttpContext context, string lang, string controller)
    {
        var (post, refusal) = await RoutedPost.ReadAsync(context, lang, controller, "contact", FieldLimits.FormBytes);
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
        var check = RequestDraftValidator.Check(draft, context.RequestServices.GetRequiredService<IControllerCatalog>(), ContactOnly);
        var errors = check.Errors.Concat(Honeypot.Check(posted)).ToList();
        if (errors.Count > 0 || check.Request is null)
        {
            return new PageResult(ContactFormPage.Render(language, found, new FormInput(posted.Values, errors), posted.Tokens), StatusCodes.Status400BadRequest);
        }

        return await FormSubmission.OpenAsync(context, language, found, check.Request, mandate: null, back);
    }
}
