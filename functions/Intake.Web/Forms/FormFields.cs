using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>The text fields of a posted form by name, without the antiforgery token, for checking and showing again.</summary>
public static class FormFields
{
    public static Dictionary<string, string> From(IFormCollection form, string antiforgeryFieldName)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            if (!string.Equals(key, antiforgeryFieldName, StringComparison.Ordinal))
            {
                values[key] = value.ToString();
            }
        }

        return values;
    }
}
