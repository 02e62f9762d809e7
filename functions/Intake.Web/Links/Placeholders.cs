using System.Text;

namespace Intake.Web.Links;

/// <summary>
/// Fills <c>{name}</c> placeholders in one pass, so a value that itself contains braces (a name
/// typed as "{stage}") stays literal. An unknown placeholder throws: a text table with a typo must
/// fail in the tests, not show braces to a person.
/// </summary>
public static class Placeholders
{
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var result = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                result.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException($"An unclosed placeholder in \"{template}\".");
            }

            result.Append(template, position, open - position);
            var name = template[(open + 1)..close];
            var match = Array.FindIndex(values, value => string.Equals(value.Name, name, StringComparison.Ordinal));
            if (match < 0)
            {
                throw new FormatException($"No value for the placeholder {{{name}}} in \"{template}\".");
            }

            result.Append(values[match].Value);
            position = close + 1;
        }

        return result.ToString();
    }
}
