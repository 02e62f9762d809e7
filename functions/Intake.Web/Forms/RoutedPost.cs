using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>
/// A form post to a controller's page that passed the shared checks: the controller exists, the
/// body is within <c>maxBytes</c> and readable, the antiforgery token is valid.
/// <see cref="Back"/> is the form's own address, for pages that link back to it.
/// </summary>
public sealed record RoutedPost(Language Language, Controller Controller, PostedForm Posted, string Back)
{
    /// <param name="page">The form's address below the controller: empty for the request form, <c>contact</c> for the contact form.</param>
    public static async Task<(RoutedPost? Post, IResult? Refusal)> ReadAsync(HttpContext context, string lang, string controller, string page, long maxBytes)
    {
        var (language, found) = FormRoute.From(context, lang, controller);
        if (found is null)
        {
            return (null, FormPages.NotFound(language));
        }

        var back = $"/{language.Code()}/{found.Id.Value}/{page}";
        var (posted, refusal) = await PostedForm.ReadAsync(context, language, maxBytes, back);
        return posted is null ? (null, refusal) : (new RoutedPost(language, found, posted, back), null);
    }
}
