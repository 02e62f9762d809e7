using System.Globalization;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>Reads one text field of a posted form: trimmed, required when a message for its absence is given, and no longer than its limit.</summary>
public static class FormText
{
    public static (string Value, FieldError? Error) Read(IFormCollection form, string field, int maxLength, string? requiredMessage, LinkTexts texts)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(texts);
        var value = form[field].ToString().Trim();
        if (value.Length == 0 && requiredMessage is not null)
        {
            return (value, new FieldError(field, requiredMessage));
        }

        if (value.Length > maxLength)
        {
            return (value, new FieldError(field, Placeholders.Fill(texts.TextTooLong, ("max", maxLength.ToString(CultureInfo.InvariantCulture)))));
        }

        return (value, null);
    }
}
