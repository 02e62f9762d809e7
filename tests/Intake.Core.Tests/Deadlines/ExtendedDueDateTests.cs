namespace Intake.Core.Tests.Deadlines;

public sealed class ExtendedDueDateTests
{
    [Fact]
    public void Extended_due_date_is_three_months_from_receipt_rolled_off_the_weekend()
    {
        // 5 June 2027 is a Saturday.
        Assert.Equal(new DateOnly(2027, 6, 7), Receipts.Compute("2027-03-05T10:00+02:00").ExtendedDueDate);
    }

    [Fact]
    public void Extended_due_date_counts_three_months_from_receipt_not_two_from_the_rolled_due_date()
    {
        // The due date rolls to 28 December; two months from that would be 28 February 2027 (and
        // roll on), but three months from receipt is Thursday 25 February.
        var result = Receipts.Compute("2026-11-25T09:00+02:00");

        Assert.Equal(new DateOnly(2026, 12, 28), result.DueDate);
        Assert.Equal(new DateOnly(2027, 2, 25), result.ExtendedDueDate);
    }

    [Fact]
    public void Extended_period_from_thirty_first_of_august_ends_on_thirtieth_of_november()
    {
        var result = Receipts.Compute("2026-08-31T12:00+03:00");

        Assert.Equal(new DateOnly(2026, 11, 30), result.ExtendedDueDate);
        Assert.True(result.Explanation.Extended.ClampedToMonthEnd);
    }

    [Fact]
    public void Extended_period_from_the_end_of_november_ends_on_leap_day()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), Receipts.Compute("2027-11-30T12:00+02:00").ExtendedDueDate);
    }

    [Fact]
    public void Extended_period_from_the_end_of_november_rolls_off_a_sunday_twenty_eighth_of_february()
    {
        var result = Receipts.Compute("2026-11-30T12:00+02:00");

        Assert.Equal(new DateOnly(2027, 2, 28), result.Explanation.Extended.NominalEnd);
        Assert.Equal(new DateOnly(2027, 3, 1), result.ExtendedDueDate);
    }

    [Fact]
    public void Extension_must_be_notified_by_the_due_date()
    {
        var result = Receipts.Compute("2026-11-25T09:00+02:00");

        Assert.Equal(result.DueDate, result.ExtensionNoticeBy);
        Assert.Equal(result.DueAt, result.ExtensionNoticeDeadline);
        Assert.Equal(DateTimeOffset.Parse("2027-02-26T00:00+02:00"), result.ExtendedDueAt);
    }
}
