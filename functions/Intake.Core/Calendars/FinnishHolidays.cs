namespace Intake.Core.Calendars;

/// <summary>
/// Finland's non-working days for time limits. Two lists exist and differ only on Christmas Eve:
/// the one Finland notified for Regulation 1182/71 (published on the European e-Justice portal,
/// "Time limits on procedures – Finland"), which governs GDPR periods, and the national Act
/// 150/1930 on computing statutory time limits, which also skips Christmas Eve.
/// </summary>
internal static class FinnishHolidays
{
    public static RuleBasedCalendar Regulation1182List { get; } = new(
        "FI",
        "Finland: non-working days notified under Regulation 1182/71",
        CommonDays(),
        ["Christmas Eve (24 December) is a working day under this list; the national Act 150/1930 list (calendar FI-ACT150) would skip it."]);

    public static RuleBasedCalendar Act150List { get; } = new(
        "FI-ACT150",
        "Finland: Act 150/1930 on computing statutory time limits (the 1182/71 list plus Christmas Eve)",
        [.. CommonDays(), HolidayRule.Fixed("Christmas Eve", 12, 24)],
        ["This is the national Act 150/1930 list, chosen by policy: it skips Christmas Eve, which the list Finland notified for Regulation 1182/71 does not."]);

    private static HolidayRule[] CommonDays() =>
    [
        HolidayRule.Fixed("New Year's Day", 1, 1),
        HolidayRule.Fixed("Epiphany", 1, 6),
        HolidayRule.FromEaster("Good Friday", -2),
        HolidayRule.FromEaster("Easter Sunday", 0),
        HolidayRule.FromEaster("Easter Monday", 1),
        HolidayRule.Fixed("May Day", 5, 1),
        HolidayRule.FromEaster("Ascension Day", 39),
        HolidayRule.FromEaster("Pentecost", 49),
        HolidayRule.WeekdayOnOrAfter("Midsummer Eve", DayOfWeek.Friday, 6, 19),
        HolidayRule.WeekdayOnOrAfter("Midsummer Day", DayOfWeek.Saturday, 6, 20),
        HolidayRule.WeekdayOnOrAfter("All Saints' Day", DayOfWeek.Saturday, 10, 31),
        HolidayRule.Fixed("Independence Day", 12, 6),
        HolidayRule.Fixed("Christmas Day", 12, 25),
        HolidayRule.Fixed("St Stephen's Day", 12, 26),
    ];
}
