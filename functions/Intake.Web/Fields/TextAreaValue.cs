namespace Intake.Web.Fields;

/// <summary>The text a text area shows again after a post.</summary>
public static class TextAreaValue
{
    /// <summary>
    /// HTML drops one line feed right after <c>&lt;textarea&gt;</c>, so a value that begins with a
    /// blank line would lose it each time the form is shown again; a line feed in front is the one
    /// the parser drops.
    /// </summary>
    public static string? Guarded(string? value) =>
        value is not null && (value.StartsWith('\n') || value.StartsWith("\r\n", StringComparison.Ordinal)) ? "\n" + value : value;
}
