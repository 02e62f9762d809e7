using System.Text;

namespace Intake.Core.Inbound;

/// <summary>
/// Normalises text taken from a mail before anything else sees it. A display name or subject may
/// carry CR/LF (raw, or hidden in an RFC 2047 encoded-word); if such text reached a header of a mail
/// we send, it would add headers of the sender's choosing. Single-line text therefore never keeps a
/// line break or any other control character: each run of them becomes one space.
/// </summary>
public static class MailText
{
    /// <summary>One line: control characters, line and paragraph separators become single spaces; trimmed.</summary>
    public static string SingleLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsBreakOrControl(c) || char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Body text: line breaks become <c>\n</c>; other control characters are dropped (tab becomes a
    /// space); trailing spaces go; more than one blank line in a row becomes one; blank lines at the
    /// start and end go. Indentation is kept.
    /// </summary>
    public static string Body(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u2028', '\n')
            .Replace('\u2029', '\n')
            .Replace('\u0085', '\n');

        var output = new StringBuilder(unified.Length);
        var blankRun = 0;
        foreach (var rawLine in unified.Split('\n'))
        {
            var line = CleanLine(rawLine);
            if (line.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            blankRun = 0;
            output.Append(line);
        }

        return output.ToString();
    }

    /// <summary>A message id as a bare token: angle brackets, spaces and control characters removed; null when nothing is left.</summary>
    public static string? MessageId(string? id)
    {
        var bare = SingleLine(id).Replace(" ", string.Empty, StringComparison.Ordinal).Trim('<', '>');
        return bare.Length == 0 ? null : bare;
    }

    private static string CleanLine(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!IsBreakOrControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static bool IsBreakOrControl(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029';
}
