using System.Text.RegularExpressions;

namespace Intake.Core.Inbound;

/// <summary>
/// The prefixes mail clients put before a subject they did not write: replies ("Re:", Finnish
/// "Vs:", Swedish "Sv:", German "Aw:") and forwards ("Fwd:", "Fw:", Finnish "VL:", Swedish "VB:").
/// </summary>
public static partial class SubjectPrefix
{
    /// <summary>Whether the subject is that of a reply: someone else chose its words.</summary>
    public static bool IsReply(string? subject) => subject is not null && Reply().IsMatch(subject);

    /// <summary>Whether the subject is that of a forwarded mail.</summary>
    public static bool IsForward(string? subject) => subject is not null && Forward().IsMatch(subject);

    [GeneratedRegex(@"^\s*(re|vs|sv|aw|antw)\s*(\[\d+\])?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reply();

    [GeneratedRegex(@"^\s*(fwd?|vl|vb|wg|tr)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forward();
}
