using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

public sealed class DueDateTests
{
    [Fact]
    public void One_month_ends_on_the_same_date_of_the_next_month()
    {
        var result = Receipts.Compute("2027-03-05T10:00+02:00");

        Assert.Equal(new DateOnly(2027, 3, 5), result.ReceivedLocalDate);
        Assert.Equal(new DateOnly(2027, 4, 5), result.DueDate);
        Assert.Empty(result.Explanation.Due.SkippedDays);
    }

    [Fact]
    public void Thirty_first_of_august_ends_on_thirtieth_of_september()
    {
        var result = Receipts.Compute("2026-08-31T12:00+03:00");

        Assert.Equal(new DateOnly(2026, 9, 30), result.DueDate);
        Assert.True(result.Explanation.Due.ClampedToMonthEnd);
    }

    [Fact]
    public void Due_date_rolls_past_christmas_day_and_st_stephens_saturday_and_sunday()
    {
        var result = Receipts.Compute("2026-11-25T09:00+02:00");

        Assert.Equal(new DateOnly(2026, 12, 28), result.DueDate);
        Assert.Equal(
            [
                new SkippedDay(new DateOnly(2026, 12, 25), "Christmas Day"),
                new SkippedDay(new DateOnly(2026, 12, 26), "St Stephen's Day"),
                new SkippedDay(new DateOnly(2026, 12, 27), "Sunday"),
            ],
            result.Explanation.Due.SkippedDays);
    }

    [Fact]
    public void Receipt_late_in_the_evening_utc_is_the_next_day_in_helsinki()
    {
        // 23:30 UTC is 01:30 on 31 January in Helsinki; 28 February 2027 is a Sunday.
        var result = Receipts.Compute("2027-01-30T23:30Z");

        Assert.Equal(new DateOnly(2027, 1, 31), result.ReceivedLocalDate);
        Assert.Equal(new DateOnly(2027, 2, 28), result.Explanation.Due.NominalEnd);
        Assert.Equal(new DateOnly(2027, 3, 1), result.DueDate);
    }

    [Fact]
    public void Receipt_after_local_midnight_in_summer_time_counts_from_the_next_day()
    {
        // 21:30 UTC is 00:30 on 1 July in Helsinki (UTC+3); 1 August 2026 is a Saturday.
        var result = Receipts.Compute("2026-06-30T21:30Z");

        Assert.Equal(new DateOnly(2026, 7, 1), result.ReceivedLocalDate);
        Assert.Equal(new DateOnly(2026, 8, 3), result.DueDate);
    }

    [Fact]
    public void Receipt_stamped_after_midnight_further_east_is_still_the_previous_day_in_helsinki()
    {
        // 00:30 at UTC+5 is 22:30 on 30 June in Helsinki.
        var result = Receipts.Compute("2026-07-01T00:30+05:00");

        Assert.Equal(new DateOnly(2026, 6, 30), result.ReceivedLocalDate);
        Assert.Equal(new DateOnly(2026, 7, 30), result.DueDate);
    }

    [Fact]
    public void Thirty_first_of_january_ends_on_twenty_ninth_of_february_in_a_leap_year()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), Receipts.Compute("2028-01-31T12:00+02:00").DueDate);
    }

    [Fact]
    public void Thirty_first_of_january_ends_on_twenty_eighth_of_february_then_rolls_off_its_sunday()
    {
        var result = Receipts.Compute("2027-01-31T12:00+02:00");

        Assert.Equal(new DateOnly(2027, 2, 28), result.Explanation.Due.NominalEnd);
        Assert.Equal(new DateOnly(2027, 3, 1), result.DueDate);
    }

    [Fact]
    public void Twenty_ninth_of_february_ends_on_twenty_ninth_of_march()
    {
        Assert.Equal(new DateOnly(2028, 3, 29), Receipts.Compute("2028-02-29T12:00+02:00").DueDate);
    }

    [Fact]
    public void Thirtieth_of_january_ends_on_the_last_day_of_february()
    {
        var result = Receipts.Compute("2028-01-30T12:00+02:00");

        Assert.Equal(new DateOnly(2028, 2, 29), result.DueDate);
        Assert.True(result.Explanation.Due.ClampedToMonthEnd);
    }

    [Fact]
    public void Due_date_rolls_past_midsummer_eve_to_monday()
    {
        var result = Receipts.Compute("2026-05-19T12:00+03:00");

        Assert.Equal(new DateOnly(2026, 6, 22), result.DueDate);
        Assert.Equal(["Midsummer Eve", "Midsummer Day", "Sunday"], result.Explanation.Due.SkippedDays.Select(day => day.Reason));
    }

    [Fact]
    public void Midsummer_eve_is_a_working_day_in_estonia()
    {
        Assert.Equal(new DateOnly(2026, 6, 19), Receipts.Compute("2026-05-19T12:00+03:00", "EE").DueDate);
    }

    [Fact]
    public void Estonian_due_date_rolls_past_victory_day_and_midsummer_day()
    {
        var result = Receipts.Compute("2026-05-23T12:00+03:00", "EE");

        Assert.Equal(new DateOnly(2026, 6, 25), result.DueDate);
        Assert.Equal(["Victory Day", "Midsummer Day"], result.Explanation.Due.SkippedDays.Select(day => day.Reason));
    }

    [Theory]
    [InlineData("FI", "2027-12-24")]
    [InlineData("FI-ACT150", "2027-12-27")]
    [InlineData("EE", "2027-12-27")]
    public void Christmas_eve_ends_a_period_only_under_the_1182_finnish_list(string calendar, string due)
    {
        Assert.Equal(DateOnly.Parse(due), Receipts.Compute("2027-11-24T12:00+02:00", calendar).DueDate);
    }

    [Theory]
    [InlineData("FI", "2027-03-30")]
    [InlineData("EE", "2027-03-29")]
    public void Due_date_rolls_over_easter_and_easter_monday_only_where_it_is_a_holiday(string calendar, string due)
    {
        // One month from 26 February 2027 is Good Friday, 26 March.
        Assert.Equal(DateOnly.Parse(due), Receipts.Compute("2027-02-26T12:00+02:00", calendar).DueDate);
    }

    [Fact]
    public void Due_date_rolls_past_ascension_day()
    {
        Assert.Equal(new DateOnly(2027, 5, 7), Receipts.Compute("2027-04-06T12:00+03:00").DueDate);
    }

    [Fact]
    public void Due_date_rolls_past_all_saints_day_named_as_such()
    {
        var result = Receipts.Compute("2027-10-06T12:00+03:00");

        Assert.Equal(new DateOnly(2027, 11, 8), result.DueDate);
        Assert.Equal("All Saints' Day", result.Explanation.Due.SkippedDays[0].Reason);
    }

    [Fact]
    public void Due_date_rolls_past_new_years_day_and_the_weekend()
    {
        Assert.Equal(new DateOnly(2027, 1, 4), Receipts.Compute("2026-12-01T12:00+02:00").DueDate);
    }

    [Theory]
    [InlineData("FI", "2027-01-07")]
    [InlineData("EE", "2027-01-06")]
    public void Epiphany_is_skipped_in_finland_only(string calendar, string due)
    {
        Assert.Equal(DateOnly.Parse(due), Receipts.Compute("2026-12-06T12:00+02:00", calendar).DueDate);
    }

    [Fact]
    public void Due_date_rolls_past_finnish_independence_day()
    {
        Assert.Equal(new DateOnly(2027, 12, 7), Receipts.Compute("2027-11-06T12:00+02:00").DueDate);
    }

    [Fact]
    public void Due_date_rolls_past_may_day_and_the_weekend()
    {
        Assert.Equal(new DateOnly(2026, 5, 4), Receipts.Compute("2026-04-01T12:00+03:00").DueDate);
    }

    [Fact]
    public void Receipt_on_the_spring_daylight_saving_day_counts_that_local_day()
    {
        // Clocks in Helsinki go from 03:00 to 04:00 on 28 March 2027; 04:30 local is 01:30 UTC.
        var result = Receipts.Compute("2027-03-28T01:30Z");

        Assert.Equal(new DateOnly(2027, 3, 28), result.ReceivedLocalDate);
        Assert.Equal(new DateOnly(2027, 4, 28), result.DueDate);
    }

    [Fact]
    public void A_due_date_is_the_same_whatever_offset_the_receipt_was_written_in()
    {
        var helsinki = Receipts.Compute("2026-11-25T09:00+02:00");
        var utc = Receipts.Compute("2026-11-25T07:00Z");
        var newYork = Receipts.Compute("2026-11-25T02:00-05:00");

        Assert.Equal(helsinki.DueDate, utc.DueDate);
        Assert.Equal(helsinki.DueDate, newYork.DueDate);
    }

    [Fact]
    public void Due_instant_is_the_end_of_the_due_date_in_the_controllers_zone()
    {
        var result = Receipts.Compute("2026-11-25T09:00+02:00");

        Assert.Equal(DateTimeOffset.Parse("2026-12-29T00:00+02:00"), result.DueAt);
        Assert.Equal(TimeSpan.FromHours(2), result.DueAt.Offset);
    }

    [Fact]
    public void Tallinn_and_helsinki_share_a_clock_but_not_a_calendar()
    {
        var tallinn = Receipts.Compute("2026-01-06T23:30+02:00", "EE");

        Assert.Equal(new DateOnly(2026, 1, 6), tallinn.ReceivedLocalDate);
        Assert.Equal(Receipts.Tallinn, tallinn.TimeZoneId);
        Assert.Equal("EE", tallinn.Calendar);
    }

    [Fact]
    public void An_unknown_calendar_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Receipts.Compute("2026-01-06T12:00+02:00", "SE", Receipts.Helsinki));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => Receipts.Compute("2026-01-06T12:00+02:00", "FI", "Europe/Atlantis"));
    }
}
