using Intake.Core.Deadlines;
using Intake.Core.Notifications;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;

namespace Intake.Core.Process;

public static partial class RequestDecider
{
    private static Decision ConfirmIdentity(RequestState state, ConfirmIdentity c)
    {
        if (state.Stage != Stage.AwaitingVerification)
        {
            return state.VerifiedAt is not null
                ? Decision.Reject(RejectionCode.AlreadyDecided, "The address was already verified.")
                : NotNow(state, "be verified");
        }

        // Under the paused-until-verified policy the month is counted from verification; the
        // calculation records the policy so the date can be explained.
        var deadline = state.DeadlinePolicy is { ClockPolicy: ClockPolicy.PausedUntilVerified } policy
            ? StatutoryClock.Compute(state.ReceivedAt, policy, c.At)
            : null;
        var builder = new DecisionBuilder(state)
            .Emit(new IdentityVerified(c.At, c.Actor, deadline))
            .MailPerson(MailKind.RequestAcknowledged, new MailFacts([LinkNames.Status]));

        // The person proved the address, and the type is settled: now the request may count as
        // theirs in the repeat index. An agent's request waits for staff's mandate check, and an
        // uncertain type for triage (both in ApproveReview).
        if (state.Type.HasStatutoryClock() && state.Request is { Agent: null, TypeIsCertain: true })
        {
            builder.Run(id => new RecordVerifiedRequest(id, state.Type, state.ReceivedAt), "repeat-index");
        }

        return ReviewOrStart(builder, c.At);
    }

    private static Decision ResendVerification(RequestState state, ResendVerification c)
    {
        if (state.Stage != Stage.AwaitingVerification)
        {
            return NotNow(state, "send a new verification link");
        }

        if (state.VerificationLinksSent >= state.Policy.MaxVerificationLinks)
        {
            return Decision.Reject(RejectionCode.TooManyLinks, "No more verification links can be sent for this request; please contact the controller or make a new request.");
        }

        var expires = c.At + state.Policy.VerificationLinkLifetime;
        return new DecisionBuilder(state)
            .Emit(new VerificationLinkSent(c.At, c.Actor, state.VerificationLinksSent + 1, expires))
            .MailPerson(MailKind.VerificationResent, new MailFacts([LinkNames.Verify, LinkNames.Status], expires))
            .Build();
    }

    /// <summary>After verification: a staff review when anything calls for one, else straight to the sources.</summary>
    private static Decision ReviewOrStart(DecisionBuilder builder, DateTimeOffset at)
    {
        var reasons = ReviewReasonsFor(builder.State);
        if (reasons.Count == 0)
        {
            return StartProcessing(builder, at).Build();
        }

        return builder
            .Emit(new StaffReviewRequested(at, Actor.System, reasons))
            .MailStaff(MailKind.StaffReviewRequested, new MailFacts(StaffReviewLinks(builder.State, at), ReviewReasons: reasons))
            .Build();
    }

    /// <summary>Every reason a person must look before the request proceeds.</summary>
    public static IReadOnlyList<ReviewReason> ReviewReasonsFor(RequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var reasons = new List<ReviewReason>();
        if (state.Policy.ApprovalRequiredFor.Contains(state.Type))
        {
            reasons.Add(ReviewReason.PolicyApproval);
        }

        var action = RequestActions.For(state.Type);
        if (state.Sources.Any(source => source.Sensitive && (action is null || source.Supports.Contains(action.Value))))
        {
            reasons.Add(ReviewReason.SensitiveData);
        }

        if (state.Request?.Agent is not null)
        {
            reasons.Add(ReviewReason.AgentMandate);
        }

        if (UnconfirmedUsefulIdentifiers(state).Count > 0)
        {
            reasons.Add(ReviewReason.UnverifiedIdentifiers);
        }

        if (state.PriorRequests > 0)
        {
            reasons.Add(ReviewReason.RepeatRequest);
        }

        if (state.Type == Requests.RequestType.ObjectionOnParticularGrounds)
        {
            reasons.Add(ReviewReason.ParticularGrounds);
        }

        if (state.Request is { TypeIsCertain: false })
        {
            reasons.Add(ReviewReason.Triage);
        }

        if (state.Request?.SenderAuthentication is { FailsBoth: true })
        {
            reasons.Add(ReviewReason.UnauthenticatedSender);
        }

        return reasons;
    }

    /// <summary>
    /// Identifiers the person stated, not yet confirmed by staff, that some source could find
    /// them by: worth a look, because unconfirmed they are not used and that source finds nothing.
    /// </summary>
    public static IReadOnlyList<IdentifierKind> UnconfirmedUsefulIdentifiers(RequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Request is not { } request)
        {
            return [];
        }

        return StatedIdentifiers.Of(request.Subject)
            .Select(stated => stated.Kind)
            .Where(kind => !state.ConfirmedIdentifiers.Contains(kind) && state.Sources.Any(source => source.FindsBy?.Contains(kind) == true))
            .ToList();
    }

    /// <summary>The decisions staff may take from a review mail; extend only while the law still allows it.</summary>
    private static IReadOnlyList<string> StaffReviewLinks(RequestState state, DateTimeOffset at)
    {
        var links = new List<string> { LinkNames.Approve, LinkNames.Reject };
        if (state.Request?.Agent is not null)
        {
            links.Add(LinkNames.Mandate);
        }

        if (CanExtend(state, at) is null)
        {
            links.Add(LinkNames.Extend);
        }

        links.Add(LinkNames.AskForInformation);
        return links;
    }
}
