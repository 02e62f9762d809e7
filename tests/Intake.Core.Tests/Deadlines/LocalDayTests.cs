using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

public sealed class LocalDayTests
{
    [Fact]
    public void End_of_a_winter_day_in_helsinki_is_midnight_at_utc_plus_two()
    {
        var end = StatutoryClock.EndOfLocalDay(new DateOnly(2026, 12, 28), Receipts.Helsinki);

        Assert.Equal(new DateTimeOffset(2026, 12, 28, 22, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(2), end.Offset);
    }

    [Fact]
    public void End_of_the_day_before_spring_daylight_saving_is_still_in_winter_time()
    {
        var end = StatutoryClock.EndOfLocalDay(new DateOnly(2027, 3, 27), Receipts.Helsinki);

        Assert.Equal(DateTimeOffset.Parse("2027-03-28T00:00+02:00"), end);
        Assert.Equal(TimeSpan.FromHours(2), end.Offset);
    }

    [Fact]
    public void End_of_the_spring_daylight_saving_day_is_in_summer_time()
    {
        // 28 March 2027 has 23 hours in Helsinki.
        var start = StatutoryClock.EndOfLocalDay(new DateOnly(2027, 3, 27), Receipts.Helsinki);
        var end = StatutoryClock.EndOfLocalDay(new DateOnly(2027, 3, 28), Receipts.Helsinki);

        Assert.Equal(TimeSpan.FromHours(3), end.Offset);
        Assert.Equal(TimeSpan.FromHours(23), end - start);
    }

    [Fact]
    public void End_of_the_autumn_daylight_saving_day_is_back_in_winter_time()
    {
        // 25 October 2026 has 25 hours in Helsinki.
        var start = StatutoryClock.EndOfLocalDay(new DateOnly(2026, 10, 24), Receipts.Helsinki);
        var end = StatutoryClock.EndOfLocalDay(new DateOnly(2026, 10, 25), Receipts.Helsinki);

        Assert.Equal(TimeSpan.FromHours(3), start.Offset);
        Assert.Equal(TimeSpan.FromHours(2), end.Offset);
        Assert.Equal(TimeSpan.FromHours(25), end - start);
    }

    [Theory]
    [InlineData("2027-03-28T00:59Z", "2027-03-28")]
    [InlineData("2027-03-27T21:59Z", "2027-03-27")]
    [InlineData("2027-03-27T22:00Z", "2027-03-28")]
    [InlineData("2026-10-24T20:59Z", "2026-10-24")]
    [InlineData("2026-10-24T21:00Z", "2026-10-25")]
    [InlineData("2026-10-25T21:59Z", "2026-10-25")]
    [InlineData("2026-10-25T22:00Z", "2026-10-26")]
    public void Local_date_changes_at_local_midnight_around_daylight_saving_changes(string instant, string date)
    {
        Assert.Equal(DateOnly.Parse(date), StatutoryClock.LocalDate(Receipts.Instant(instant), Receipts.Helsinki));
    }

    [Fact]
    public void A_day_that_starts_inside_a_daylight_saving_gap_ends_where_the_next_day_begins()
    {
        // In Santiago de Chile clocks jump from 00:00 to 01:00 on the first Sunday of September:
        // 6 September 2026 has no midnight, so 5 September ends at the jump, 04:00 UTC.
        var end = StatutoryClock.EndOfLocalDay(new DateOnly(2026, 9, 5), "America/Santiago");

        Assert.Equal(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
        Assert.Equal(new DateOnly(2026, 9, 6), StatutoryClock.LocalDate(end, "America/Santiago"));
        Assert.Equal(new DateOnly(2026, 9, 5), StatutoryClock.LocalDate(end.AddTicks(-1), "America/Santiago"));
    }

    [Fact]
    public void A_day_followed_by_a_skipped_date_ends_when_the_wall_clock_jumps()
    {
        // Samoa crossed the date line in 2011: 29 December (UTC-10) was followed by 31 December
        // (UTC+14), so 29 December ended at 10:00 UTC and 30 December never happened there.
        var end = StatutoryClock.EndOfLocalDay(new DateOnly(2011, 12, 29), "Pacific/Apia");

        Assert.Equal(new DateTimeOffset(2011, 12, 30, 10, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
        Assert.Equal(new DateOnly(2011, 12, 31), StatutoryClock.LocalDate(end, "Pacific/Apia"));
    }

    [Fact]
    public void A_wall_time_repeated_when_clocks_go_back_means_its_first_occurrence()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Receipts.Helsinki);

        var instant = WallClock.At(new DateOnly(2026, 10, 25), new TimeOnly(3, 30), zone);

        Assert.Equal(DateTimeOffset.Parse("2026-10-25T03:30+03:00"), instant);
        Assert.Equal(TimeSpan.FromHours(3), instant.Offset);
    }

    [Fact]
    public void A_wall_time_skipped_when_clocks_go_forward_means_the_moment_of_the_jump()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Receipts.Helsinki);

        var instant = WallClock.At(new DateOnly(2027, 3, 28), new TimeOnly(3, 30), zone);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }
}
