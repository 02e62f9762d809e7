namespace Intake.Core.Notifications.Layout;

/// <summary>Splits text someone wrote into lines, whatever line ending their system used.</summary>
public static class LineBreaks
{
    public static string[] Split(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\u2028', '\u2029', '\u0085');
}
