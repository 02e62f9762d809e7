using System.Globalization;

namespace Intake.Core.Deadlines;

/// <summary>
/// When staff are reminded of a due date: at 09:00 local a number of calendar days before it,
/// and once when it has passed. Configured as text, e.g. <c>7,2,overdue</c> (the default).
/// </summary>
/// <param name="DaysBeforeDue">Distinct days before the due date, 0–366; kept in descending order (the order they fire).</param>
/// <param name="WhenOverdue">Whether to remind once the due date has passed.</param>
public sealed record ReminderSchedule(IReadOnlyList<int> DaysBeforeDue, bool WhenOverdue)
{
    /// <summary>The greatest number of days before due a reminder may be set: a year.</summary>
    public const int MaxDaysBeforeDue = 366;

    /// <summary>Word for the overdue reminder in schedule text.</summary>
    public const string OverdueWord = "overdue";

    /// <summary>Word for a schedule without reminders.</summary>
    public const string NoneWord = "none";

    // Reminders go out at the start of a working morning, not at midnight.
    private static readonly TimeOnly ReminderTime = new(9, 0);

    /// <summary>A week before, two days before, and when overdue.</summary>
    public static ReminderSchedule Default { get; } = new([7, 2], true);

    public IReadOnlyList<int> DaysBeforeDue { get; init; } = Normalise(DaysBeforeDue);

    /// <summary>
    /// Reads schedule text: comma-separated whole numbers of days and optionally the word
    /// <c>overdue</c> (e.g. <c>7,2,overdue</c>), or <c>none</c>. Rejects negatives, duplicates,
    /// numbers above <see cref="MaxDaysBeforeDue"/>, unknown words and empty text.
    /// </summary>
    public static bool TryParse(string text, out ReminderSchedule schedule)
    {
        schedule = Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts is [var only] && only.Equals(NoneWord, StringComparison.OrdinalIgnoreCase))
        {
            schedule = new([], false);
            return true;
        }

        var days = new List<int>();
        var overdue = false;
        foreach (var part in parts)
        {
            if (part.Equals(OverdueWord, StringComparison.OrdinalIgnoreCase) && !overdue)
            {
                overdue = true;
            }
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && day <= MaxDaysBeforeDue
                && !days.Contains(day))
            {
                days.Add(day);
            }
            else
            {
                return false;
            }
        }

        schedule = new(days, overdue);
        return true;
    }

    /// <summary>
    /// Every reminder for <paramref name="dueDate"/>, ordered by time. None is left out for
    /// being past: the caller knows the time and decides which still matter.
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone id is unknown on this machine.</exception>
    public IReadOnlyList<Reminder> For(DateOnly dueDate, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var reminders = DaysBeforeDue
            .Select(days => new Reminder(Reminder.DueKey(days), days, WallClock.At(dueDate.AddDays(-days), ReminderTime, zone)))
            .ToList();
        if (WhenOverdue)
        {
            reminders.Add(new Reminder(Reminder.OverdueKey, 0, WallClock.EndOfDay(dueDate, zone)));
        }

        return reminders;
    }

    /// <summary>The schedule as text that <see cref="TryParse"/> reads back, e.g. <c>7,2,overdue</c>.</summary>
    public override string ToString()
    {
        var parts = DaysBeforeDue.Select(days => days.ToString(CultureInfo.InvariantCulture)).ToList();
        if (WhenOverdue)
        {
            parts.Add(OverdueWord);
        }

        return parts.Count == 0 ? NoneWord : string.Join(',', parts);
    }

    public bool Equals(ReminderSchedule? other) =>
        other is not null && WhenOverdue == other.WhenOverdue && DaysBeforeDue.SequenceEqual(other.DaysBeforeDue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(WhenOverdue);
        foreach (var days in DaysBeforeDue)
        {
            hash.Add(days);
        }

        return hash.ToHashCode();
    }

    private static IReadOnlyList<int> Normalise(IReadOnlyList<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        foreach (var day in days)
        {
            if (day is < 0 or > MaxDaysBeforeDue)
            {
                throw new ArgumentOutOfRangeException(nameof(days), day, $"Days before due must be between 0 and {MaxDaysBeforeDue}.");
            }
        }

        if (days.Distinct().Count() != days.Count)
        {
            throw new ArgumentException("Days before due must not repeat: each reminder has one key.", nameof(days));
        }

        // Descending days are ascending times, so the schedule reads in the order it fires.
        return days.OrderDescending().ToArray().AsReadOnly();
    }
}
