using Intake.Core.Requests;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Forms;

/// <summary>
/// A posted form that passed the checks every post of ours needs, in order: within the size cap
/// (else 413), a readable form (else 400), a valid antiforgery token (else 400). Holds fresh
/// tokens for showing the form again and the text fields by name.
/// </summary>
public sealed record PostedForm(IFormCollection Form, AntiforgeryTokenSet Tokens, IReadOnlyDictionary<string, string> Values)
{
    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>The form, or the page that refuses it; <paramref name="back"/> is where the refusal page links.</summary>
    public static async Task<(PostedForm? Form, IResult? Refusal)> ReadAsync(HttpContext context, Language language, long maxBytes, string back)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (form, status) = await FormBody.ReadAsync(context, maxBytes);
        if (status == FormBodyStatus.TooLarge)
        {
            return (null, FormPages.TooLarge(language, back));
        }

        if (form is null)
        {
            return (null, FormPages.Malformed(language, back));
        }

        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return (null, FormPages.Antiforgery(language, back));
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return (new PostedForm(form, tokens, FormFields.From(form, tokens.FormFieldName)), null);
    }
}
