using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Process;

public sealed class ExtensionTests
{
    [Fact]
    public void Extension_within_the_first_month_moves_the_due_date_and_tells_the_person_why()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        var extended = given.State.Deadline!.ExtendedDueDate;
        given.When(new ExtendDeadline(Given.Received.AddDays(20), Given.StaffMember, "Data in twelve systems")).ShouldBeAccepted();
        Assert.True(given.State.Extended);
        Assert.Equal(extended, given.State.CurrentDueDate);
        var notice = Assert.Single(given.LastEffects<SendMail>());
        Assert.Equal(MailKind.ExtensionNotice, notice.Kind);
        Assert.Equal("Data in twelve systems", notice.Facts.Reason);
    }

    [Fact]
    public void Extension_after_the_first_month_is_rejected()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        var cutOff = given.State.Deadline!.ExtensionNoticeDeadline;
        given.When(new ExtendDeadline(cutOff, Given.StaffMember, "Too late")).ShouldBeRejected(RejectionCode.ExtensionWindowClosed);
        given.When(new ExtendDeadline(cutOff.AddSeconds(-1), Given.StaffMember, "Just in time")).ShouldBeAccepted();
    }

    [Fact]
    public void Only_one_extension_is_allowed()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new ExtendDeadline(Given.Received.AddDays(2), Given.StaffMember, "Complex")).ShouldBeAccepted();
        given.When(new ExtendDeadline(Given.Received.AddDays(3), Given.StaffMember, "Even more")).ShouldBeRejected(RejectionCode.AlreadyExtended);
    }

    [Fact]
    public void Extension_needs_reasons()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new ExtendDeadline(Given.Received.AddDays(2), Given.StaffMember, " ")).ShouldBeRejected(RejectionCode.InvalidInput);
    }

    [Fact]
    public void A_contact_message_has_no_deadline_to_extend()
    {
        var given = Given.Submitted(RequestType.Contact);
        given.When(new ExtendDeadline(Given.Received.AddDays(2), Given.StaffMember, "x")).ShouldBeRejected(RejectionCode.NoStatutoryClock);
    }

    [Fact]
    public void Reminders_follow_the_extended_due_date()
    {
        var given = Given.Submitted(policy: ProcessPolicy.Default).Verified();
        given.When(new ExtendDeadline(Given.Received.AddDays(2), Given.StaffMember, "Complex")).ShouldBeAccepted();
        var wake = RequestTimers.NextWake(given.State)!.Value;
        var due = given.State.CurrentDueAt!.Value;
        Assert.True(wake > given.State.Deadline!.DueAt, "the first reminder comes for the extended date, after the original due date");
        Assert.True(wake < due);
    }
}
