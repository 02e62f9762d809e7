using Intake.Core.Notifications;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;

namespace Intake.Core.Process;

public static partial class RequestDecider
{
    private static Decision ApproveReview(RequestState state, ApproveReview c)
    {
        if (state.Stage != Stage.AwaitingStaffReview)
        {
            return state.Stage is Stage.InProgress or Stage.Assembling or Stage.AwaitingRelease or Stage.Delivered
                || state.Stage.IsClosed()
                ? Decision.Reject(RejectionCode.AlreadyDecided, $"This step was already decided; the request is {state.Stage.WireName()}.")
                : NotNow(state, "be approved");
        }

        if (state.ReviewReasons.Contains(ReviewReason.ContactMessage))
        {
            return HandleContact(state, new HandleContact(c.At, c.Actor, null));
        }

        var triage = state.ReviewReasons.Contains(ReviewReason.Triage);
        if (triage && c.Type is null)
        {
            return Decision.Reject(RejectionCode.InvalidInput, "Choose the type of the request before approving it.");
        }

        var type = triage ? c.Type!.Value : state.Type;
        var agent = state.Request?.Agent;
        if (agent is not null && type.HasStatutoryClock() && !c.MandateChecked && !state.MandateChecked)
        {
            return Decision.Reject(RejectionCode.InvalidInput, "Confirm that you checked the mandate: it names this person and this agent and covers this request.");
        }

        var stated = StatedIdentifiers.Of(state.Request!.Subject).Select(s => s.Kind).ToHashSet();
        var confirm = (c.ConfirmIdentifiers ?? []).Distinct().ToList();
        foreach (var kind in confirm.Where(kind => !stated.Contains(kind)))
        {
            return Decision.Reject(RejectionCode.InvalidInput, $"The person stated no {kind.WireName()} to confirm.");
        }

        var builder = new DecisionBuilder(state).Emit(new ReviewApproved(c.At, c.Actor, type, confirm.Count > 0 ? confirm : null, agent is not null && c.MandateChecked));
        if (!type.HasStatutoryClock())
        {
            // Triage found a plain question: it is handled as a contact message.
            return builder.Emit(new ContactHandled(c.At, c.Actor, null, c.At + state.Policy.HandledContactRetention)).Build();
        }

        if (agent is not null || triage)
        {
            // Only now is it settled whose request this is, and of what type: staff checked the
            // mandate, or chose the type. Verification alone did not count it (ConfirmIdentity).
            builder.Run(id => new RecordVerifiedRequest(id, type, state.ReceivedAt), "repeat-index");
        }

        if (agent is not null && type.DisclosesOrChangesData() && state.Policy.SubjectNoticePeriod > TimeSpan.Zero)
        {
            // The person the data is about hears of it at their own address before anything is
            // disclosed or changed, and has the notice period to stop a request made in their name.
            return builder
                .Emit(new DataSubjectNotified(c.At, Actor.System, c.At + state.Policy.SubjectNoticePeriod))
                .Mail(MailKind.AgentRequestNotice, MailAudience.DataSubject, new MailFacts([]))
                .Build();
        }

        if (agent is not null && type.DisclosesOrChangesData())
        {
            builder.Mail(MailKind.AgentRequestNotice, MailAudience.DataSubject, new MailFacts([]));
        }

        return StartProcessing(builder, c.At).Build();
    }

    private static Decision HandleContact(RequestState state, HandleContact c)
    {
        if (state.Type.HasStatutoryClock())
        {
            return Decision.Reject(RejectionCode.NotInThisStage, "Only a contact message can be marked handled.");
        }

        if (state.Stage != Stage.AwaitingStaffReview)
        {
            return Decision.Reject(RejectionCode.AlreadyDecided, "This message was already handled.");
        }

        return new DecisionBuilder(state)
            .Emit(new ContactHandled(c.At, c.Actor, c.Note, c.At + state.Policy.HandledContactRetention))
            .Build();
    }

    private static Decision AskForInformation(RequestState state, AskForInformation c)
    {
        if (state.Stage != Stage.AwaitingStaffReview || !state.Type.HasStatutoryClock())
        {
            return NotNow(state, "ask the person for information");
        }

        if (string.IsNullOrWhiteSpace(c.Question))
        {
            return Decision.Reject(RejectionCode.InvalidInput, "Write the question the person should answer.");
        }

        return new DecisionBuilder(state)
            .Emit(new InformationRequested(c.At, c.Actor, c.Question.Trim()))
            .MailPerson(MailKind.InformationRequested, new MailFacts([LinkNames.Answer, LinkNames.Status], Question: c.Question.Trim()))
            .Build();
    }

    private static Decision ProvideInformation(RequestState state, ProvideInformation c)
    {
        if (state.Stage != Stage.AwaitingInformation)
        {
            return NotNow(state, "take an answer");
        }

        if (string.IsNullOrWhiteSpace(c.Answer))
        {
            return Decision.Reject(RejectionCode.InvalidInput, "Write your answer.");
        }

        var reasons = state.ReviewReasons.Contains(ReviewReason.InformationReceived)
            ? state.ReviewReasons.ToList()
            : [.. state.ReviewReasons, ReviewReason.InformationReceived];
        var builder = new DecisionBuilder(state)
            .Emit(new InformationProvided(c.At, c.Actor, c.Answer.Trim()))
            .Emit(new StaffReviewRequested(c.At, Actor.System, reasons));
        return builder
            .MailStaff(MailKind.StaffReviewRequested, new MailFacts(StaffReviewLinks(builder.State, c.At), Question: c.Answer.Trim(), ReviewReasons: reasons))
            .Build();
    }

    private static Decision ExtendDeadline(RequestState state, ExtendDeadline c)
    {
        if (CanExtend(state, c.At) is { } rejection)
        {
            return rejection;
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Decision.Reject(RejectionCode.InvalidInput, "Art 12(3) requires the reasons for the extension to be told to the person.");
        }

        return new DecisionBuilder(state)
            .Emit(new DeadlineExtended(c.At, c.Actor, c.Reason.Trim(), state.Deadline!.ExtendedDueDate))
            .MailPerson(MailKind.ExtensionNotice, new MailFacts([LinkNames.Status], Reason: c.Reason.Trim()))
            .Build();
    }

    /// <summary>
    /// Art 12(3): one extension by two further months, told with reasons within the first month.
    /// Null when an extension is allowed at <paramref name="at"/>.
    /// </summary>
    public static Decision? CanExtend(RequestState state, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Deadline is null)
        {
            return Decision.Reject(RejectionCode.NoStatutoryClock, "A contact message has no statutory deadline to extend.");
        }

        if (!state.Stage.IsAwaitingAnswer())
        {
            return NotNow(state, "be extended");
        }

        if (state.Extended)
        {
            return Decision.Reject(RejectionCode.AlreadyExtended, "The deadline was already extended once; Art 12(3) allows one extension of two further months.");
        }

        if (at >= state.Deadline.ExtensionNoticeDeadline)
        {
            return Decision.Reject(RejectionCode.ExtensionWindowClosed, "The first month has ended: Art 12(3) requires the extension to be told within one month of receipt.");
        }

        return null;
    }
}
