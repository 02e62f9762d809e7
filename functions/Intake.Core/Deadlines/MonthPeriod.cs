using Intake.Core.Calendars;

namespace Intake.Core.Deadlines;

/// <summary>
/// One period of whole months counted under Regulation 1182/71, Article 3, with every step
/// kept so the result can be explained and checked by hand.
/// </summary>
/// <param name="Months">Length of the period: 1 for the due date, 3 for the extended one.</param>
/// <param name="CountedFrom">The local date of the event; it is not itself counted (Art 3(1)).</param>
/// <param name="NominalEnd">The same date <paramref name="Months"/> months later, or that month's last day.</param>
/// <param name="ClampedToMonthEnd">True when the same date does not exist (31 August → 30 September).</param>
/// <param name="SkippedDays">Non-working days from <paramref name="NominalEnd"/> on, in order.</param>
/// <param name="End">The last day of the period: the first working day on or after <paramref name="NominalEnd"/>.</param>
public sealed record MonthPeriod(
    int Months,
    DateOnly CountedFrom,
    DateOnly NominalEnd,
    bool ClampedToMonthEnd,
    IReadOnlyList<SkippedDay> SkippedDays,
    DateOnly End)
{
    /// <summary>Counts <paramref name="months"/> months from <paramref name="from"/> on <paramref name="calendar"/>.</summary>
    internal static MonthPeriod Count(DateOnly from, int months, IHolidayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);

        // Art 3(2)(c): the period ends on the same date of the last month; DateOnly.AddMonths
        // already falls back to the last day when that date does not exist (Art 3(2)(c), second
        // sentence), which is what the regulation prescribes.
        var nominalEnd = from.AddMonths(months);
        var clamped = nominalEnd.Day != from.Day;

        // Art 3(4): a period ending on a Saturday, Sunday or public holiday ends at the end of the
        // following working day; that day may itself be a holiday (Christmas), so repeat.
        var skipped = new List<SkippedDay>();
        var end = nominalEnd;
        while (calendar.IsNonWorkingDay(end, out var reason))
        {
            skipped.Add(new SkippedDay(end, reason));
            end = end.AddDays(1);
        }

        return new MonthPeriod(months, from, nominalEnd, clamped, skipped, end);
    }
}
