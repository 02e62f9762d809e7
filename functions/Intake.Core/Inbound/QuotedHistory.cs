using System.Text.RegularExpressions;

namespace Intake.Core.Inbound;

/// <summary>
/// Removes the earlier messages a reply carries, so that classification and staff see what the
/// person wrote this time — not our own verification mail quoted back, whose words ("access
/// request", "erasure") would otherwise decide the type. Removed: lines quoted with <c>&gt;</c>;
/// attribution lines before a quote ("On … wrote:", "… kirjoitti:", "… skrev …:"); and from an
/// Outlook header block ("From:/Lähettäjä:/Från:" followed by "Sent:", "To:", "Subject:" lines in
/// any of the three languages) or an "Original Message" rule to the end. Forwarded mail is kept
/// whole: what is forwarded may be the request itself. If removing would leave nothing, the text
/// is kept as it was.
/// </summary>
public static partial class QuotedHistory
{
    private static readonly string[] OriginalMessageRules =
    [
        "-----original message-----",
        "-----alkuperäinen viesti-----",
        "-----ursprungligt meddelande-----",
    ];

    /// <summary>
    /// The text without quoted history. <paramref name="subject"/> tells a forward ("Fwd:", Finnish
    /// "VL:", Swedish "VB:") from a reply ("Re:", Finnish "Vs:", Swedish "Sv:").
    /// </summary>
    public static string Remove(string? text, string? subject = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var keepHeaderBlocks = SubjectPrefix.IsForward(subject);
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (IsForwardMarker(trimmed))
            {
                // Everything below a forward marker is the forwarded mail: keep it as it is.
                kept.AddRange(lines[i..]);
                break;
            }

            if (!keepHeaderBlocks && (IsOriginalMessageRule(trimmed) || IsHeaderBlock(lines, i)))
            {
                break;
            }

            if (trimmed.StartsWith('>'))
            {
                continue;
            }

            var attribution = AttributionLength(lines, i);
            if (attribution > 0)
            {
                i += attribution - 1;
                continue;
            }

            kept.Add(lines[i]);
        }

        while (kept.Count > 0 && IsRuleOrBlank(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var result = string.Join('\n', kept).Trim();
        return result.Length == 0 ? text.Trim() : result;
    }

    // Outlook draws a line of underscores above its header block; it belongs to the removed history.
    private static bool IsRuleOrBlank(string line) => line.All(c => c is '_' or '-' or '=' || char.IsWhiteSpace(c));

    private static bool IsForwardMarker(string line) => ForwardMarker().IsMatch(line);

    private static bool IsOriginalMessageRule(string line) =>
        OriginalMessageRules.Any(rule => line.Equals(rule, StringComparison.OrdinalIgnoreCase));

    // Outlook's reply header: a From line, then within a few lines at least two of Sent/Date, To, Subject.
    private static bool IsHeaderBlock(string[] lines, int index)
    {
        var first = lines[index].Trim().TrimStart('_', '*', ' ');
        if (!FromLabel().IsMatch(first))
        {
            return false;
        }

        var labels = 0;
        for (var next = index + 1; next < lines.Length && next <= index + 6; next++)
        {
            if (OtherLabel().IsMatch(lines[next].Trim().TrimStart('*', ' ')))
            {
                labels++;
            }
        }

        return labels >= 2;
    }

    // The number of lines (1 or 2) forming an attribution that introduces a quote, else 0.
    private static int AttributionLength(string[] lines, int index)
    {
        var line = lines[index].Trim();
        if (line.Length == 0)
        {
            return 0;
        }

        if (IsAttribution(line) && QuoteFollows(lines, index + 1))
        {
            return 1;
        }

        // Clients wrap long attributions ("On Tue, 3 Mar 2026 at 10:12, Matti Meikäläinen <\nmatti@example.com> wrote:").
        if (index + 1 < lines.Length)
        {
            var joined = $"{line} {lines[index + 1].Trim()}";
            if (!line.EndsWith(':') && IsAttribution(joined) && QuoteFollows(lines, index + 2))
            {
                return 2;
            }
        }

        return 0;
    }

    private static bool IsAttribution(string line) =>
        line.Length <= 400 && line.EndsWith(':') && Attribution().IsMatch(line);

    private static bool QuoteFollows(string[] lines, int index)
    {
        for (var next = index; next < lines.Length; next++)
        {
            var trimmed = lines[next].Trim();
            if (trimmed.Length > 0)
            {
                return trimmed.StartsWith('>');
            }
        }

        return true;
    }

    [GeneratedRegex(@"^-*\s*(forwarded message|välitetty viesti|vidarebefordrat meddelande|begin forwarded message:|välitetty viesti alkaa:|vidarebefordrat brev:)\s*-*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardMarker();

    [GeneratedRegex(@"^(from|lähettäjä|från)\s*:\**\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromLabel();

    [GeneratedRegex(@"^(sent|date|to|subject|cc|lähetetty|päivämäärä|vastaanottaja|aihe|kopio|skickat|datum|till|ämne|kopia)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLabel();

    [GeneratedRegex(@"(^on\s.+\swrote:$)|(\swrote:$)|(\bkirjoitti\b.*:$)|(\bskrev\b.*:$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();
}
