namespace Intake.Core.Deadlines;

/// <summary>One reminder to staff about a due date.</summary>
/// <param name="Key">Stable id within one due date: <c>due-7</c>, <c>due-2</c>, <c>overdue</c>; lets a driver fire each once.</param>
/// <param name="DaysBeforeDue">Calendar days before the due date; 0 for overdue (and for a reminder on the due date itself).</param>
/// <param name="At">When it fires.</param>
public sealed record Reminder(string Key, int DaysBeforeDue, DateTimeOffset At)
{
    /// <summary>Key of the reminder fired when the due date has passed.</summary>
    public const string OverdueKey = "overdue";

    /// <summary>Key of the reminder <paramref name="daysBeforeDue"/> days before the due date.</summary>
    public static string DueKey(int daysBeforeDue) =>
        "due-" + daysBeforeDue.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
