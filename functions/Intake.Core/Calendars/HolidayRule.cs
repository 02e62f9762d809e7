namespace Intake.Core.Calendars;

/// <summary>One named holiday that recurs every year on a date a rule computes.</summary>
internal sealed class HolidayRule
{
    private readonly Func<int, DateOnly> dateIn;

    private HolidayRule(string name, Func<int, DateOnly> dateIn)
    {
        Name = name;
        this.dateIn = dateIn;
    }

    /// <summary>English name used as the reason a day is skipped.</summary>
    public string Name { get; }

    /// <summary>The holiday's date in <paramref name="year"/>.</summary>
    public DateOnly DateIn(int year) => dateIn(year);

    /// <summary>The same calendar date every year (1 May, 6 December…).</summary>
    public static HolidayRule Fixed(string name, int month, int day) =>
        new(name, year => new DateOnly(year, month, day));

    /// <summary>A movable feast a number of days after Easter Sunday (negative: before it).</summary>
    public static HolidayRule FromEaster(string name, int daysAfterEaster) =>
        new(name, year => Easter.Sunday(year).AddDays(daysAfterEaster));

    /// <summary>
    /// The first <paramref name="weekday"/> on or after a date: Finnish Midsummer and All Saints'
    /// Day are defined as "the Saturday between…" a seven-day window, which is the same thing.
    /// </summary>
    public static HolidayRule WeekdayOnOrAfter(string name, DayOfWeek weekday, int month, int day) =>
        new(name, year =>
        {
            var first = new DateOnly(year, month, day);
            var daysAhead = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
            return first.AddDays(daysAhead);
        });
}
