using Intake.Core.Deadlines;
using Intake.Core.Notifications;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;

namespace Intake.Core.Process;

/// <summary>
/// The life of a data subject request as a decider: <c>Decide(state, command) → events and effects,
/// or a typed rejection</c>. Pure: no clock (time is in the command), no ids of its own (effect ids
/// derive from the state), no I/O — so a Durable Functions orchestrator may call it during replay
/// and a test can walk any path in microseconds.
/// </summary>
public static partial class RequestDecider
{
    public static Decision Decide(RequestState state, RequestCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (command is SubmitRequest submit)
        {
            return Submit(state, submit);
        }

        if (!state.Exists)
        {
            return Decision.Reject(RejectionCode.NotFound, "There is no such request.");
        }

        if (state.Stage == Stage.Purged)
        {
            return Decision.Reject(RejectionCode.Closed, "The request was closed and its record has been deleted.");
        }

        return command switch
        {
            ConfirmIdentity c => ConfirmIdentity(state, c),
            ResendVerification c => ResendVerification(state, c),
            ApproveReview c => ApproveReview(state, c),
            HandleContact c => HandleContact(state, c),
            AskForInformation c => AskForInformation(state, c),
            ProvideInformation c => ProvideInformation(state, c),
            ExtendDeadline c => ExtendDeadline(state, c),
            RefuseRequest c => RefuseRequest(state, c),
            WithdrawRequest c => WithdrawRequest(state, c),
            RecordSourceReceipt c => RecordSourceReceipt(state, c),
            RecordSourceFailure c => RecordSourceFailure(state, c),
            RetrySource c => RetrySource(state, c),
            ConfirmSourceTask c => ConfirmSourceTask(state, c),
            RecordExport c => RecordExport(state, c),
            ReleaseExport c => ReleaseExport(state, c),
            RecordRecipientsNotified c => RecordRecipientsNotified(state, c),
            RecordDownload c => RecordDownload(state, c),
            ParkEffect c => ParkEffect(state, c),
            RetryParkedEffect c => RetryParkedEffect(state, c),
            Tick c => Tick(state, c),
            _ => Decision.Reject(RejectionCode.InvalidInput, $"Unknown command {command.GetType().Name}."),
        };
    }

    /// <summary>Applies a decision's events to the state.</summary>
    public static RequestState Apply(RequestState state, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var next = state;
        foreach (var e in decision.Events)
        {
            next = RequestEvolver.Evolve(next, e);
        }

        return next;
    }

    private static Decision Submit(RequestState state, SubmitRequest c)
    {
        if (state.Exists)
        {
            return Decision.Reject(RejectionCode.AlreadyExists, "This request already exists.");
        }

        if (string.IsNullOrWhiteSpace(c.Request.Subject.Email) || string.IsNullOrWhiteSpace(c.Request.Subject.Name))
        {
            return Decision.Reject(RejectionCode.InvalidInput, "A request needs the person's name and email address.");
        }

        // An agent acts for someone, not instead of them: without a mandate on file nobody can
        // check the agent may see or change this person's data, whatever the channel.
        if (c.Request.Agent is { } agent && string.IsNullOrWhiteSpace(agent.MandateDocument))
        {
            return Decision.Reject(RejectionCode.InvalidInput, "A request made on someone else's behalf needs a mandate.");
        }

        var hasClock = c.Request.Type.HasStatutoryClock();
        if (hasClock && c.DeadlinePolicy is null)
        {
            return Decision.Reject(RejectionCode.InvalidInput, "A data subject request needs the controller's deadline rules.");
        }

        var deadline = hasClock ? StatutoryClock.Compute(c.At, c.DeadlinePolicy!) : null;
        var builder = new DecisionBuilder(state).Emit(new RequestReceived(
            c.At, c.Actor, c.Id, c.Request, c.Policy, c.DeadlinePolicy, deadline, c.Sources, c.PriorRequests));

        if (!hasClock)
        {
            // A contact message is not a data subject request: no identity check, no clock; staff answer it.
            return builder
                .Emit(new StaffReviewRequested(c.At, Actor.System, [ReviewReason.ContactMessage]))
                .MailPerson(MailKind.ContactReceived, new MailFacts([]))
                .MailStaff(MailKind.ContactForStaff, new MailFacts([LinkNames.MarkHandled], ReviewReasons: [ReviewReason.ContactMessage]))
                .Build();
        }

        var expires = c.At + c.Policy.VerificationLinkLifetime;
        return builder
            .Emit(new VerificationLinkSent(c.At, Actor.System, 1, expires))
            .MailPerson(MailKind.VerificationRequested, new MailFacts([LinkNames.Verify, LinkNames.Status], expires))
            .Build();
    }

    private static Decision NotNow(RequestState state, string doing)
    {
        if (state.Stage.IsClosed())
        {
            return Decision.Reject(RejectionCode.Closed, $"The request is already closed ({state.Stage.WireName()}), so it cannot {doing}.");
        }

        return Decision.Reject(RejectionCode.NotInThisStage, $"The request is {state.Stage.WireName()}, so it cannot {doing} now.");
    }

    private static DateTimeOffset PurgeTime(RequestState state, DateTimeOffset closedAt) => state.Policy.PurgeTime(closedAt);
}
