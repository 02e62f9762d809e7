using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Core.Calendars;

namespace Intake.Core.Tests.Calendars;

public sealed class EasterTests
{
    [Theory]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(1818, "1818-03-22")] // earliest possible
    [InlineData(2285, "2285-03-22")] // earliest possible
    [InlineData(1943, "1943-04-25")] // latest possible
    [InlineData(2038, "2038-04-25")] // latest possible
    public void Easter_sunday_matches_the_published_date(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Easter.Sunday(year));
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void Easter_refuses_years_outside_the_gregorian_calendar_and_dateonly(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Easter.Sunday(year));
    }

    [Property]
    public Property Easter_is_a_sunday_between_22_march_and_25_april() =>
        Prop.ForAll(
            Gen.Choose(Easter.FirstGregorianYear, 9999).ToArbitrary(),
            year =>
            {
                var easter = Easter.Sunday(year);
                return easter.DayOfWeek == DayOfWeek.Sunday
                    && easter.Year == year
                    && easter >= new DateOnly(year, 3, 22)
                    && easter <= new DateOnly(year, 4, 25);
            });
}
