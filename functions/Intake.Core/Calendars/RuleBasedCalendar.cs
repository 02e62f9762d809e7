using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Intake.Core.Calendars;

/// <summary>
/// A calendar whose non-working days are Saturdays, Sundays and a list of holiday rules
/// evaluated per year, so it works for any year without tables.
/// </summary>
internal sealed class RuleBasedCalendar : IHolidayCalendar
{
    private readonly IReadOnlyList<HolidayRule> holidays;
    private readonly ConcurrentDictionary<int, FrozenDictionary<DateOnly, string>> years = new();

    public RuleBasedCalendar(string code, string name, IReadOnlyList<HolidayRule> holidays, IReadOnlyList<string> notes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code;
        Name = name;
        this.holidays = holidays;
        Notes = notes;
    }

    public string Code { get; }

    public string Name { get; }

    /// <summary>
    /// Sentences an explanation must carry whenever this calendar is used, e.g. that Christmas
    /// Eve is a working day under the 1182/71 list (a point people often get wrong).
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    public bool IsNonWorkingDay(DateOnly date, [NotNullWhen(true)] out string? reason)
    {
        if (HolidaysIn(date.Year).TryGetValue(date, out reason))
        {
            return true;
        }

        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            reason = date.DayOfWeek.ToString();
            return true;
        }

        reason = null;
        return false;
    }

    /// <summary>The holidays of one year by date; two on one date (1 May and Ascension in 2008) share it.</summary>
    public IReadOnlyDictionary<DateOnly, string> HolidaysIn(int year) =>
        years.GetOrAdd(year, y => holidays
            .GroupBy(rule => rule.DateIn(y))
            .ToFrozenDictionary(group => group.Key, group => string.Join(" and ", group.Select(rule => rule.Name))));
}
