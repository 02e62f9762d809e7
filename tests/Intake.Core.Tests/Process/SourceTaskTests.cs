using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Process;

public sealed class SourceTaskTests
{
    private static readonly DateTimeOffset Failed = Given.Received.AddHours(3);

    [Fact]
    public void A_failed_source_is_retried_later_with_backoff_while_the_others_finish()
    {
        var given = Given.Submitted().Verified();
        given.When(new RecordSourceFailure(Failed, Actor.System, "crm", "connection refused")).ShouldBeAccepted();
        var failed = Assert.Single(given.LastEvents<SourceTaskFailed>());
        Assert.Equal(Failed.AddMinutes(2), failed.RetryAt);
        Assert.Equal(Failed.AddMinutes(2), RequestTimers.NextWake(given.State));

        given.When(new RecordSourceReceipt(Failed, Actor.System, Given.Receipt("marketing", SourceAction.Export))).ShouldBeAccepted();
        Assert.Equal(Stage.InProgress, given.State.Stage);

        given.Tick(Failed.AddMinutes(2));
        var rerun = Assert.Single(given.LastEffects<RunSource>());
        Assert.Equal("crm", rerun.SourceId);
        Assert.Equal(2, given.State.Tasks["crm"].Attempts);

        given.When(new RecordSourceFailure(Failed.AddMinutes(3), Actor.System, "crm", "still refused")).ShouldBeAccepted();
        Assert.Equal(Failed.AddMinutes(3).AddMinutes(4), given.State.Tasks["crm"].RetryAt);
    }

    [Fact]
    public void A_source_failing_every_attempt_is_flagged_to_staff_with_retry_and_confirm_links()
    {
        var given = Given.Submitted().Verified();
        var at = Failed;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            given.When(new RecordSourceFailure(at, Actor.System, "crm", "HTTP 500")).ShouldBeAccepted();
            if (attempt < 3)
            {
                given.Tick(given.State.Tasks["crm"].RetryAt!.Value);
                at = given.State.Tasks["crm"].RetryAt ?? at.AddHours(1);
            }
        }

        Assert.Equal(SourceTaskStatus.Flagged, given.State.Tasks["crm"].Status);
        var mail = Assert.Single(given.LastEffects<SendMail>());
        Assert.Equal(MailKind.SourceFailed, mail.Kind);
        Assert.Equal([LinkNames.Retry, LinkNames.ConfirmTask], mail.Facts.Links);
        Assert.Equal("crm", mail.Facts.SourceId);

        given.When(new RetrySource(at.AddHours(1), Given.StaffMember, "crm")).ShouldBeAccepted();
        Assert.Equal(SourceTaskStatus.Running, given.State.Tasks["crm"].Status);
        Assert.Single(given.LastEffects<RunSource>());
    }

    [Fact]
    public void Staff_can_settle_a_flagged_source_by_hand_and_the_request_goes_on()
    {
        var given = Given.Submitted(policy: Given.NoApproval with { SourceAttempts = 1 }).Verified();
        given.When(new RecordSourceFailure(Failed, Actor.System, "crm", "HTTP 500")).ShouldBeAccepted();
        given.When(new RecordSourceReceipt(Failed, Actor.System, Given.Receipt("marketing", SourceAction.Export))).ShouldBeAccepted();
        Assert.Equal(Stage.InProgress, given.State.Stage);

        given.When(new ConfirmSourceTask(Failed.AddHours(1), Given.StaffMember, Given.Receipt("crm", SourceAction.Export, SourceOutcome.NotFound))).ShouldBeAccepted();
        Assert.Equal(Stage.Assembling, given.State.Stage);
    }

    [Fact]
    public void A_manual_source_asks_staff_to_confirm_and_waits_for_them()
    {
        var given = Given.Submitted().Verified();
        given.When(new RecordSourceReceipt(Failed, Actor.System, Given.Receipt("crm", SourceAction.Export, SourceOutcome.AwaitingStaff))).ShouldBeAccepted();
        Assert.Equal(SourceTaskStatus.AwaitingStaff, given.State.Tasks["crm"].Status);
        Assert.Equal(MailKind.ManualTaskRequested, Assert.Single(given.LastEffects<SendMail>()).Kind);
        given.When(new RecordSourceReceipt(Failed, Actor.System, Given.Receipt("crm", SourceAction.Export, SourceOutcome.AwaitingStaff))).ShouldBeRejected(RejectionCode.AlreadyDecided);

        given.AllSourcesAnswer();
        Assert.Equal(Stage.InProgress, given.State.Stage);
        given.When(new ConfirmSourceTask(Failed.AddHours(1), Given.StaffMember, Given.Receipt("crm", SourceAction.Export))).ShouldBeAccepted();
        Assert.Equal(Stage.Assembling, given.State.Stage);
    }

    [Fact]
    public void The_same_receipt_delivered_twice_is_taken_once()
    {
        var given = Given.Submitted().Verified();
        var receipt = Given.Receipt("crm", SourceAction.Export);
        given.When(new RecordSourceReceipt(Failed, Actor.System, receipt)).ShouldBeAccepted();
        given.When(new RecordSourceReceipt(Failed, Actor.System, receipt)).ShouldBeRejected(RejectionCode.AlreadyDecided);
    }

    [Fact]
    public void A_receipt_from_a_source_outside_the_request_is_rejected()
    {
        var given = Given.Submitted().Verified();
        given.When(new RecordSourceReceipt(Failed, Actor.System, Given.Receipt("payroll", SourceAction.Export))).ShouldBeRejected(RejectionCode.UnknownSource);
    }

    [Fact]
    public void A_source_answering_later_is_waited_for_without_a_staff_mail_and_its_callback_finishes_it()
    {
        var given = Given.Submitted().Verified();
        given.When(new RecordSourceReceipt(Failed, Actor.System, Given.Receipt("crm", SourceAction.Export, SourceOutcome.AwaitingCallback))).ShouldBeAccepted();
        Assert.Equal(SourceTaskStatus.AwaitingCallback, given.State.Tasks["crm"].Status);
        Assert.Empty(given.LastEffects<SendMail>());
        given.AllSourcesAnswer();
        Assert.Equal(Stage.InProgress, given.State.Stage);

        given.When(new RecordSourceReceipt(Failed.AddHours(5), Actor.Source("crm"), Given.Receipt("crm", SourceAction.Export))).ShouldBeAccepted();
        Assert.Equal(Stage.Assembling, given.State.Stage);
    }

    [Fact]
    public void A_promised_callback_that_never_comes_is_flagged_to_staff_after_seven_days()
    {
        var given = Given.Submitted().Verified();
        given.When(new RecordSourceReceipt(Failed, Actor.System, Given.Receipt("crm", SourceAction.Export, SourceOutcome.AwaitingCallback))).ShouldBeAccepted();
        Assert.Equal(Failed.AddDays(7), RequestTimers.NextWake(given.State) > Failed.AddDays(7) ? null : given.State.Tasks["crm"].RetryAt);

        given.Tick(Failed.AddDays(7));
        Assert.Equal(SourceTaskStatus.Flagged, given.State.Tasks["crm"].Status);
        Assert.Contains(given.LastEffects<SendMail>(), m => m.Kind == MailKind.SourceFailed && m.Facts.SourceId == "crm");
    }
}
