using System.Text;

namespace Intake.Core.Notifications.Texts;

/// <summary>
/// Fills <c>{name}</c> placeholders in one pass: a value is inserted as it is and never scanned
/// again, so a name typed as "{due}" stays literal text.
/// </summary>
public static class TextTemplate
{
    /// <summary>
    /// The filled text, or <c>null</c> when a named value is unknown (the caller then leaves the
    /// paragraph out). <paramref name="value"/> throws for a name it does not know: a typo in a text
    /// table must fail the tests, not send a mail with a brace in it.
    /// </summary>
    public static string? Fill(string template, Func<string, string?> value)
    {
        var builder = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException($"Unclosed placeholder in mail text: {template}");
            }

            builder.Append(template, position, open - position);
            var filled = value(template[(open + 1)..close]);
            if (filled is null)
            {
                return null;
            }

            builder.Append(filled);
            position = close + 1;
        }

        return builder.ToString();
    }
}
