using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Core.Deadlines;

namespace Intake.Core.Tests.Deadlines;

[Properties(Arbitrary = [typeof(DeadlineArbitraries)], MaxTest = 300)]
public sealed class DeadlineProperties
{
    [Property]
    public bool Due_date_is_never_before_receipt_plus_28_days(DeadlineCase receipt)
    {
        var result = receipt.Compute();
        return result.DueDate >= result.ReceivedLocalDate.AddDays(28)
            && result.DueDate >= result.ReceivedLocalDate.AddMonths(1);
    }

    [Property]
    public bool Due_date_rolls_at_most_five_days_past_the_nominal_end(DeadlineCase receipt)
    {
        // The longest run of non-working days is five: a weekend followed by 24–26 December
        // (Estonia, and Finland under the Act 150/1930 list), e.g. 22–26 December 2068.
        var result = receipt.Compute();
        return result.DueDate <= result.ReceivedLocalDate.AddMonths(1).AddDays(5);
    }

    [Property]
    public bool Due_and_extended_dates_are_never_non_working_days(DeadlineCase receipt)
    {
        var result = receipt.Compute();
        return !receipt.Holidays.IsNonWorkingDay(result.DueDate, out _)
            && !receipt.Holidays.IsNonWorkingDay(result.ExtendedDueDate, out _);
    }

    [Property]
    public bool Rolling_skips_exactly_the_non_working_days_from_the_nominal_end(DeadlineCase receipt)
    {
        var due = receipt.Compute().Explanation.Due;
        var expected = Enumerable.Range(0, due.End.DayNumber - due.NominalEnd.DayNumber)
            .Select(offset => due.NominalEnd.AddDays(offset))
            .ToList();
        return due.SkippedDays.Select(day => day.Date).SequenceEqual(expected)
            && due.SkippedDays.All(day => receipt.Holidays.IsNonWorkingDay(day.Date, out var reason) && reason == day.Reason);
    }

    [Property]
    public bool Due_date_is_monotone_in_the_receipt_instant(DeadlineCase receipt, DeadlineCase other)
    {
        var (earlier, later) = receipt.ReceivedAt <= other.ReceivedAt
            ? (receipt, receipt.At(other.ReceivedAt))
            : (receipt.At(other.ReceivedAt), receipt);
        var first = earlier.Compute();
        var second = later.Compute();
        return first.DueDate <= second.DueDate && first.ExtendedDueDate <= second.ExtendedDueDate;
    }

    [Property]
    public bool Extended_due_date_is_nearly_two_months_after_the_due_date_or_more(DeadlineCase receipt)
    {
        // Two calendar months are at least 56 days, and the due date rolls at most four days.
        var result = receipt.Compute();
        return result.ExtendedDueDate >= result.DueDate
            && result.ExtendedDueDate >= result.ReceivedLocalDate.AddMonths(3)
            && result.ExtendedDueDate.DayNumber - result.DueDate.DayNumber >= 28 + 28 - 4;
    }

    [Property]
    public bool Extension_must_be_notified_by_the_due_date(DeadlineCase receipt)
    {
        var result = receipt.Compute();
        return result.ExtensionNoticeBy == result.DueDate && result.ExtensionNoticeDeadline == result.DueAt;
    }

    [Property]
    public bool Due_instant_is_the_first_moment_after_the_due_date(DeadlineCase receipt)
    {
        var result = receipt.Compute();
        return StatutoryClock.LocalDate(result.DueAt, receipt.Zone) == result.DueDate.AddDays(1)
            && StatutoryClock.LocalDate(result.DueAt.AddTicks(-1), receipt.Zone) == result.DueDate
            && result.DueAt > receipt.ReceivedAt;
    }

    [Property]
    public bool Receipt_local_date_does_not_depend_on_the_offset_it_was_written_in(DeadlineCase receipt)
    {
        var utc = receipt.At(receipt.ReceivedAt.ToUniversalTime());
        return utc.Compute().DueDate == receipt.Compute().DueDate;
    }

    [Property]
    public bool Every_calculation_records_its_policy_and_names_its_calendar(DeadlineCase receipt, ClockPolicy clockPolicy)
    {
        var result = StatutoryClock.Compute(receipt.ReceivedAt, receipt.Policy(clockPolicy));
        return result.ClockPolicy == clockPolicy
            && result.Explanation.ClockPolicy == clockPolicy
            && result.Provisional == (clockPolicy == ClockPolicy.PausedUntilVerified)
            && result.Explanation.Text.Contains(result.Explanation.CalendarName, StringComparison.Ordinal)
            && result.Explanation.Text.Contains(ClockPolicyNames.Of(clockPolicy), StringComparison.Ordinal);
    }

    [Property]
    public Property Waiting_for_verification_never_brings_the_due_date_forward(DeadlineCase receipt) =>
        Prop.ForAll(
            Gen.Choose(0, 60 * 24 * 90).ToArbitrary(),
            minutesLater =>
            {
                var verifiedAt = receipt.ReceivedAt.AddMinutes(minutesLater);
                var runs = receipt.Compute();
                var paused = StatutoryClock.Compute(receipt.ReceivedAt, receipt.Policy(ClockPolicy.PausedUntilVerified), verifiedAt);
                return paused.ClockStartLocalDate == StatutoryClock.LocalDate(verifiedAt, receipt.Zone)
                    && paused.DueDate >= runs.DueDate
                    && paused.ReceivedLocalDate == runs.ReceivedLocalDate
                    && !paused.Provisional;
            });

    [Property]
    public bool Reminders_are_ordered_by_time_and_none_fires_after_overdue(ReminderSchedule schedule, DeadlineCase receipt)
    {
        var due = receipt.Compute();
        var reminders = schedule.For(due.DueDate, receipt.Zone);
        var ordered = reminders.Zip(reminders.Skip(1)).All(pair => pair.First.At < pair.Second.At);
        var count = schedule.DaysBeforeDue.Count + (schedule.WhenOverdue ? 1 : 0);
        var overdueLast = !schedule.WhenOverdue || (reminders[^1].Key == Reminder.OverdueKey && reminders[^1].At == due.DueAt);
        return ordered && reminders.Count == count && overdueLast
            && reminders.Select(reminder => reminder.Key).Distinct().Count() == count;
    }

    [Property]
    public bool Reminder_schedule_text_reads_back_to_the_same_schedule(ReminderSchedule schedule) =>
        ReminderSchedule.TryParse(schedule.ToString(), out var back) && back == schedule;
}
