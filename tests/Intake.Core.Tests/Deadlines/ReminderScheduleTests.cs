using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

public sealed class ReminderScheduleTests
{
    [Fact]
    public void Default_reminds_a_week_and_two_days_before_and_when_overdue()
    {
        var reminders = ReminderSchedule.Default.For(new DateOnly(2026, 12, 28), Receipts.Helsinki);

        Assert.Equal(
            [
                new Reminder("due-7", 7, DateTimeOffset.Parse("2026-12-21T09:00+02:00")),
                new Reminder("due-2", 2, DateTimeOffset.Parse("2026-12-26T09:00+02:00")),
                new Reminder("overdue", 0, DateTimeOffset.Parse("2026-12-29T00:00+02:00")),
            ],
            reminders);
    }

    [Fact]
    public void Reminders_across_the_spring_clock_change_keep_nine_o_clock_local()
    {
        var reminders = ReminderSchedule.Default.For(new DateOnly(2027, 4, 1), Receipts.Helsinki);

        Assert.Equal(DateTimeOffset.Parse("2027-03-25T09:00+02:00"), reminders[0].At);
        Assert.Equal(TimeSpan.FromHours(2), reminders[0].At.Offset);
        Assert.Equal(DateTimeOffset.Parse("2027-03-30T09:00+03:00"), reminders[1].At);
        Assert.Equal(TimeSpan.FromHours(3), reminders[1].At.Offset);
    }

    [Fact]
    public void Text_7_2_overdue_is_the_default()
    {
        Assert.True(ReminderSchedule.TryParse("7,2,overdue", out var schedule));
        Assert.Equal(ReminderSchedule.Default, schedule);
        Assert.Equal("7,2,overdue", schedule.ToString());
    }

    [Fact]
    public void Days_are_kept_in_firing_order_whatever_order_they_are_written_in()
    {
        Assert.True(ReminderSchedule.TryParse(" 1 , OVERDUE, 14 ", out var schedule));

        Assert.Equal([14, 1], schedule.DaysBeforeDue);
        Assert.True(schedule.WhenOverdue);
        Assert.Equal(["due-14", "due-1", "overdue"], schedule.For(new DateOnly(2027, 4, 1), Receipts.Tallinn).Select(reminder => reminder.Key));
    }

    [Fact]
    public void A_schedule_without_overdue_has_no_overdue_reminder()
    {
        Assert.True(ReminderSchedule.TryParse("3", out var schedule));

        var reminder = Assert.Single(schedule.For(new DateOnly(2027, 4, 1), Receipts.Helsinki));
        Assert.Equal("due-3", reminder.Key);
    }

    [Fact]
    public void A_reminder_on_the_due_date_comes_before_the_overdue_one()
    {
        Assert.True(ReminderSchedule.TryParse("0,overdue", out var schedule));

        var reminders = schedule.For(new DateOnly(2027, 4, 1), Receipts.Helsinki);

        Assert.Equal(["due-0", "overdue"], reminders.Select(reminder => reminder.Key));
        Assert.True(reminders[0].At < reminders[1].At);
    }

    [Fact]
    public void None_means_no_reminders()
    {
        Assert.True(ReminderSchedule.TryParse("none", out var schedule));

        Assert.Empty(schedule.For(new DateOnly(2027, 4, 1), Receipts.Helsinki));
        Assert.Equal("none", schedule.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("7,,2")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("7,7")]
    [InlineData("overdue,overdue")]
    [InlineData("367")]
    [InlineData("seven")]
    [InlineData("none,7")]
    [InlineData("1.5")]
    public void Malformed_schedules_are_refused(string text)
    {
        Assert.False(ReminderSchedule.TryParse(text, out _));
    }

    [Fact]
    public void A_schedule_built_in_code_refuses_negative_and_repeated_days()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReminderSchedule([-2], true));
        Assert.Throws<ArgumentException>(() => new ReminderSchedule([2, 2], true));
    }
}
