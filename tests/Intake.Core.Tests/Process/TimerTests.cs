using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;

namespace Intake.Core.Tests.Process;

public sealed class TimerTests
{
    [Fact]
    public void Staff_are_reminded_seven_and_two_days_before_the_due_date_then_escalated_when_overdue()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        var dueAt = given.State.CurrentDueAt!.Value;
        var mails = new List<MailKind>();
        for (var i = 0; i < 5; i++)
        {
            var wake = RequestTimers.NextWake(given.State);
            if (wake is null || wake > dueAt)
            {
                break;
            }

            given.Tick(wake.Value).ShouldBeAccepted();
            mails.AddRange(given.LastEffects<SendMail>().Select(m => m.Kind));
        }

        Assert.Equal([MailKind.DueReminder, MailKind.DueReminder, MailKind.OverdueEscalation], mails);
        Assert.Single(given.AllEvents.OfType<OverdueEscalated>());
        Assert.Null(RequestTimers.NextWake(given.State));
    }

    [Fact]
    public void Reminders_missed_while_the_host_was_down_are_recorded_but_mailed_once()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.Tick(given.State.CurrentDueAt!.Value.AddDays(1));
        Assert.Equal(2, given.LastEvents<ReminderSent>().Count());
        Assert.Single(given.LastEvents<OverdueEscalated>());
        Assert.Equal([MailKind.OverdueEscalation], given.LastEffects<SendMail>().Select(m => m.Kind));
    }

    [Fact]
    public void A_tick_with_nothing_due_changes_nothing()
    {
        var given = Given.Submitted();
        var version = given.State.Version;
        given.Tick(Given.Received.AddMinutes(5)).ShouldBeAccepted();
        Assert.Empty(given.Last!.Events);
        Assert.Equal(version, given.State.Version);
    }

    [Fact]
    public void Next_wake_never_goes_backwards_after_a_tick_acts_on_it()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default);
        var previous = DateTimeOffset.MinValue;
        for (var i = 0; i < 10; i++)
        {
            var wake = RequestTimers.NextWake(given.State);
            if (wake is null)
            {
                break;
            }

            Assert.True(wake > previous, $"wake {wake} after {previous}");
            given.Tick(wake.Value);
            previous = wake.Value;
        }

        Assert.Contains(given.AllEvents, e => e is ClosedUnverified);
        Assert.Equal(Stage.Purged, given.State.Stage);
    }

    [Fact]
    public void Delivered_answers_are_not_reminded()
    {
        var given = Given.Submitted().Verified().AllSourcesAnswer();
        given.When(new RecordExport(Given.Received.AddHours(4), Actor.System, Given.Export));
        Assert.Equal(given.State.DownloadExpiresAt, RequestTimers.NextWake(given.State));
    }
}
