using Intake.Core.Calendars;

namespace Intake.Core.Tests.Calendars;

public sealed class EstonianCalendarTests
{
    private static readonly IHolidayCalendar Ee = HolidayCalendars.Get("EE");

    [Theory]
    [InlineData("2026-01-01", "New Year's Day")]
    [InlineData("2026-02-24", "Independence Day")]
    [InlineData("2026-04-03", "Good Friday")]
    [InlineData("2026-04-05", "Easter Sunday")]
    [InlineData("2026-05-01", "Spring Day")]
    [InlineData("2026-05-24", "Pentecost")]
    [InlineData("2026-06-23", "Victory Day")]
    [InlineData("2026-06-24", "Midsummer Day")]
    [InlineData("2026-08-20", "Day of Restoration of Independence")]
    [InlineData("2026-12-24", "Christmas Eve")]
    [InlineData("2026-12-25", "Christmas Day")]
    [InlineData("2026-12-26", "Boxing Day")]
    public void Every_estonian_public_holiday_is_named_in_2026(string date, string name)
    {
        Assert.True(Ee.IsNonWorkingDay(DateOnly.Parse(date), out var reason));
        Assert.Equal(name, reason);
    }

    [Theory]
    [InlineData("2026-01-06")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-14")]
    [InlineData("2026-06-19")]
    [InlineData("2026-12-07")]
    public void Finnish_holidays_that_estonia_does_not_keep_are_working_days(string date)
    {
        Assert.False(Ee.IsNonWorkingDay(DateOnly.Parse(date), out _));
    }

    [Fact]
    public void Weekends_are_named_by_their_day()
    {
        Assert.True(Ee.IsNonWorkingDay(new DateOnly(2026, 3, 7), out var saturday));
        Assert.Equal("Saturday", saturday);
        Assert.True(Ee.IsNonWorkingDay(new DateOnly(2026, 3, 8), out var sunday));
        Assert.Equal("Sunday", sunday);
    }
}
