using Intake.Core.Notifications.Texts;

namespace Intake.Web.Links;

/// <summary>
/// Fills <c>{name}</c> placeholders of the page texts the way the mail texts are filled (one pass,
/// so a value that itself contains braces, a name typed as "{stage}", stays literal). An unknown
/// placeholder throws: a text table with a typo must fail in the tests, not show braces to a person.
/// </summary>
public static class Placeholders
{
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        return TextTemplate.Fill(template, name =>
            Array.FindIndex(values, value => string.Equals(value.Name, name, StringComparison.Ordinal)) is var index and >= 0
                ? values[index].Value
                : throw new FormatException($"No value for the placeholder {{{name}}} in \"{template}\"."))!;
    }
}
