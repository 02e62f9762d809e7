using System.Text.Json;

namespace Intake.Web.Inbound;

/// <summary>
/// The SMTP envelope SendGrid reports: <c>to</c> is where the mail was really delivered (our
/// inbound address, whatever the headers say), <c>from</c> the return path — empty for a bounce.
/// </summary>
internal sealed record SendGridEnvelope(IReadOnlyList<string> To, string? From)
{
    public static SendGridEnvelope None { get; } = new([], null);

    /// <summary>Reads the <c>envelope</c> JSON; missing or malformed JSON gives <see cref="None"/>.</summary>
    public static SendGridEnvelope Parse(byte[]? json)
    {
        if (json is not { Length: > 0 })
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return None;
            }

            var to = new List<string>();
            if (root.TryGetProperty("to", out var toElement))
            {
                if (toElement.ValueKind == JsonValueKind.Array)
                {
                    to.AddRange(toElement.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!));
                }
                else if (toElement.ValueKind == JsonValueKind.String)
                {
                    to.Add(toElement.GetString()!);
                }
            }

            string? from = null;
            if (root.TryGetProperty("from", out var fromElement))
            {
                from = fromElement.ValueKind switch
                {
                    JsonValueKind.String => fromElement.GetString() ?? string.Empty,
                    JsonValueKind.Null => string.Empty,
                    _ => null,
                };
            }

            return new SendGridEnvelope(to, from);
        }
        catch (JsonException)
        {
            return None;
        }
    }
}
