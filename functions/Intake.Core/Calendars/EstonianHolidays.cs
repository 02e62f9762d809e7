namespace Intake.Core.Calendars;

/// <summary>
/// Estonia's public holidays under the Public Holidays and Days of National Importance Act,
/// as notified for Regulation 1182/71. Unlike Finland, Easter Monday, Epiphany and Ascension
/// are working days, and Christmas Eve is not.
/// </summary>
internal static class EstonianHolidays
{
    public static RuleBasedCalendar List { get; } = new(
        "EE",
        "Estonia: public holidays notified under Regulation 1182/71 (Public Holidays and Days of National Importance Act)",
        [
            HolidayRule.Fixed("New Year's Day", 1, 1),
            HolidayRule.Fixed("Independence Day", 2, 24),
            HolidayRule.FromEaster("Good Friday", -2),
            HolidayRule.FromEaster("Easter Sunday", 0),
            HolidayRule.Fixed("Spring Day", 5, 1),
            HolidayRule.FromEaster("Pentecost", 49),
            HolidayRule.Fixed("Victory Day", 6, 23),
            HolidayRule.Fixed("Midsummer Day", 6, 24),
            HolidayRule.Fixed("Day of Restoration of Independence", 8, 20),
            HolidayRule.Fixed("Christmas Eve", 12, 24),
            HolidayRule.Fixed("Christmas Day", 12, 25),
            HolidayRule.Fixed("Boxing Day", 12, 26),
        ],
        []);
}
