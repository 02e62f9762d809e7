using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>
/// A posted form that passed the checks every post of ours needs, in order: within the size cap
/// (else 413), a readable form (else 400), a valid antiforgery token (else 400). Holds fresh
/// tokens for showing the form again and the text fields by name.
/// </summary>
public sealed record PostedForm(IFormCollection Form, AntiforgeryTokenSet Tokens, IReadOnlyDictionary<string, string> Values)
{
    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;
}
