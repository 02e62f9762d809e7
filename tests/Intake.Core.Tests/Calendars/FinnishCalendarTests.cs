using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Core.Calendars;

namespace Intake.Core.Tests.Calendars;

public sealed class FinnishCalendarTests
{
    private static readonly IHolidayCalendar Fi = HolidayCalendars.Get("FI");
    private static readonly IHolidayCalendar Act150 = HolidayCalendars.Get("FI-ACT150");

    [Theory]
    [InlineData("2026-01-01", "New Year's Day")]
    [InlineData("2026-01-06", "Epiphany")]
    [InlineData("2026-04-03", "Good Friday")]
    [InlineData("2026-04-05", "Easter Sunday")]
    [InlineData("2026-04-06", "Easter Monday")]
    [InlineData("2026-05-01", "May Day")]
    [InlineData("2026-05-14", "Ascension Day")]
    [InlineData("2026-05-24", "Pentecost")]
    [InlineData("2026-06-19", "Midsummer Eve")]
    [InlineData("2026-06-20", "Midsummer Day")]
    [InlineData("2026-10-31", "All Saints' Day")]
    [InlineData("2026-12-06", "Independence Day")]
    [InlineData("2026-12-25", "Christmas Day")]
    [InlineData("2026-12-26", "St Stephen's Day")]
    [InlineData("2027-03-26", "Good Friday")]
    [InlineData("2027-03-29", "Easter Monday")]
    [InlineData("2027-05-06", "Ascension Day")]
    [InlineData("2027-05-16", "Pentecost")]
    [InlineData("2025-04-18", "Good Friday")]
    [InlineData("2025-04-21", "Easter Monday")]
    [InlineData("2025-05-29", "Ascension Day")]
    public void Every_holiday_on_the_1182_list_is_named_and_movable_feasts_follow_easter(string date, string name)
    {
        Assert.True(Fi.IsNonWorkingDay(DateOnly.Parse(date), out var reason));
        Assert.Equal(name, reason);
    }

    [Theory]
    [InlineData(2026, "2026-06-19", "2026-06-20")]
    [InlineData(2027, "2027-06-25", "2027-06-26")]
    [InlineData(2025, "2025-06-20", "2025-06-21")]
    [InlineData(2028, "2028-06-23", "2028-06-24")]
    public void Midsummer_is_the_friday_and_saturday_in_the_week_from_19_june(int year, string eve, string day)
    {
        Assert.True(Fi.IsNonWorkingDay(DateOnly.Parse(eve), out var eveReason));
        Assert.Equal("Midsummer Eve", eveReason);
        Assert.True(Fi.IsNonWorkingDay(DateOnly.Parse(day), out var dayReason));
        Assert.Equal("Midsummer Day", dayReason);
        Assert.Equal(year, DateOnly.Parse(eve).Year);
    }

    [Theory]
    [InlineData("2026-10-31")]
    [InlineData("2025-11-01")]
    [InlineData("2027-11-06")]
    [InlineData("2028-11-04")]
    public void All_saints_day_is_the_saturday_from_31_october_to_6_november(string date)
    {
        Assert.True(Fi.IsNonWorkingDay(DateOnly.Parse(date), out var reason));
        Assert.Equal("All Saints' Day", reason);
    }

    [Fact]
    public void A_saturday_that_is_not_all_saints_is_named_as_a_saturday()
    {
        Assert.True(Fi.IsNonWorkingDay(new DateOnly(2027, 10, 30), out var reason));
        Assert.Equal("Saturday", reason);
    }

    [Fact]
    public void Christmas_eve_is_a_working_day_under_the_1182_list()
    {
        Assert.False(Fi.IsNonWorkingDay(new DateOnly(2027, 12, 24), out var reason));
        Assert.Null(reason);
    }

    [Fact]
    public void Christmas_eve_is_skipped_under_act_150()
    {
        Assert.True(Act150.IsNonWorkingDay(new DateOnly(2027, 12, 24), out var reason));
        Assert.Equal("Christmas Eve", reason);
    }

    [Fact]
    public void May_day_and_ascension_on_one_date_are_both_named()
    {
        // Easter 2008 was 23 March, so Ascension fell on 1 May.
        Assert.True(Fi.IsNonWorkingDay(new DateOnly(2008, 5, 1), out var reason));
        Assert.Equal("May Day and Ascension Day", reason);
    }

    [Theory]
    [InlineData("2026-12-24")]
    [InlineData("2026-12-31")]
    [InlineData("2026-04-02")]
    [InlineData("2026-06-18")]
    [InlineData("2026-06-22")]
    [InlineData("2026-02-24")]
    [InlineData("2026-08-20")]
    public void Ordinary_weekdays_are_working_days(string date)
    {
        Assert.False(Fi.IsNonWorkingDay(DateOnly.Parse(date), out _));
    }

    [Property]
    public Property Act_150_skips_exactly_what_the_1182_list_skips_plus_christmas_eve() =>
        Prop.ForAll(
            Gen.Choose(0, 365 * 200).Select(days => new DateOnly(1950, 1, 1).AddDays(days)).ToArbitrary(),
            date =>
            {
                var christmasEve = date.Month == 12 && date.Day == 24;
                var fi = Fi.IsNonWorkingDay(date, out _);
                return Act150.IsNonWorkingDay(date, out _) == (fi || christmasEve);
            });

    [Property]
    public Property Saturdays_and_sundays_are_never_working_days() =>
        Prop.ForAll(
            Gen.Choose(0, 365 * 200).Select(days => new DateOnly(1950, 1, 1).AddDays(days)).ToArbitrary(),
            date => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                || (Fi.IsNonWorkingDay(date, out _) && Act150.IsNonWorkingDay(date, out _)));

    [Property]
    public Property A_year_has_the_same_number_of_holidays_every_year() =>
        Prop.ForAll(
            Gen.Choose(1900, 2300).ToArbitrary(),
            year =>
            {
                var holidays = Enumerable.Range(0, new DateOnly(year, 12, 31).DayOfYear)
                    .Select(day => new DateOnly(year, 1, 1).AddDays(day))
                    .Count(date => Fi.IsNonWorkingDay(date, out var reason)
                        && reason is not ("Saturday" or "Sunday"));
                // Fourteen rules; two could share a date (May Day and Ascension), so 13 or 14 dates.
                return holidays is 13 or 14;
            });
}
