using System.Diagnostics.CodeAnalysis;

namespace Intake.Core.Calendars;

/// <summary>
/// A list of days on which a statutory period may not end (Regulation 1182/71, Article 3(4)):
/// weekends and the public holidays a member state notified. A period whose last day is one of
/// these ends at the end of the next working day instead.
/// </summary>
public interface IHolidayCalendar
{
    /// <summary>The code a controller configures, e.g. <c>FI</c>, <c>FI-ACT150</c>, <c>EE</c>.</summary>
    string Code { get; }

    /// <summary>An English name that says which legal list this is, for explanations.</summary>
    string Name { get; }

    /// <summary>
    /// Whether <paramref name="date"/> is a Saturday, a Sunday or a holiday on this list.
    /// </summary>
    /// <param name="date">Any date from year 1583 (the first full Gregorian year) on.</param>
    /// <param name="reason">
    /// When it is: the English name of the holiday (several joined with "and" when they fall on
    /// the same date), or "Saturday" / "Sunday" for a plain weekend day.
    /// </param>
    bool IsNonWorkingDay(DateOnly date, [NotNullWhen(true)] out string? reason);
}
