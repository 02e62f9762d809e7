using System.Globalization;
using System.Text;
using Intake.Core.Requests;

namespace Intake.Core.Process.Effects;

/// <summary>
/// Deterministic effect ids: <c>{request}.{sequence}.{kind}[.{target}]</c>. The same decision on
/// the same state always yields the same ids, which is what makes a re-run effect recognisable.
/// Ids contain only characters that are safe as storage keys.
/// </summary>
public static class EffectIds
{
    public static string For(RequestId request, int sequence, string kind, string? target = null)
    {
        var id = new StringBuilder()
            .Append(request.Value)
            .Append('.')
            .Append(sequence.ToString("D5", CultureInfo.InvariantCulture))
            .Append('.')
            .Append(Safe(kind));
        if (target is not null)
        {
            id.Append('.').Append(Safe(target));
        }

        return id.ToString();
    }

    private static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '_');
        }

        return safe.ToString();
    }
}
