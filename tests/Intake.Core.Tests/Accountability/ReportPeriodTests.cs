using Intake.Core.Accountability;

namespace Intake.Core.Tests.Accountability;

public sealed class ReportPeriodTests
{
    [Fact]
    public void Quarters_months_and_years_cover_their_calendar_days()
    {
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), ReportPeriod.Quarter(2026, 2));
        Assert.Equal(new ReportPeriod(new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)), ReportPeriod.Month(2028, 2));
        Assert.Equal(366, ReportPeriod.Year(2028).Days);
    }

    [Fact]
    public void The_previous_quarter_in_january_is_the_last_quarter_of_the_year_before()
    {
        var today = new DateOnly(2027, 1, 15);

        Assert.Equal(ReportPeriod.Quarter(2026, 4), ReportPeriod.PreviousQuarter(today));
        Assert.Equal(ReportPeriod.Month(2026, 12), ReportPeriod.PreviousMonth(today));
        Assert.Equal(ReportPeriod.Year(2026), ReportPeriod.PreviousYear(today));
        Assert.Equal(new ReportPeriod(new DateOnly(2027, 1, 1), today), ReportPeriod.YearToDate(today));
    }

    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-q1", "2026-01-01", "2026-03-31")]
    [InlineData("2026-02", "2026-02-01", "2026-02-28")]
    public void A_named_period_is_read_as_a_year_quarter_or_month(string name, string from, string to)
    {
        Assert.True(ReportPeriod.TryParseName(name, out var period));
        Assert.Equal(from + ".." + to, period.ToString());
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("26")]
    [InlineData("2026-06-01")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_that_is_no_period_is_refused_without_an_exception(string? name)
    {
        Assert.False(ReportPeriod.TryParseName(name, out _));
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new ReportPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 31)));
    }
}
