using Intake.Core.Notifications;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;

namespace Intake.Core.Process;

public static partial class RequestDecider
{
    private static Decision RefuseRequest(RequestState state, RefuseRequest c)
    {
        if (!state.Type.HasStatutoryClock())
        {
            return Decision.Reject(RejectionCode.NotInThisStage, "A contact message is not refused; mark it handled.");
        }

        // Refusal is a decision taken at a decision point; once staff approved and the sources are
        // at work, a late "reject" click from the same review mail lost the race and is told so.
        if (state.Stage is not (Stage.AwaitingVerification or Stage.AwaitingStaffReview or Stage.AwaitingInformation or Stage.SubjectNoticePeriod or Stage.AwaitingRelease or Stage.Error))
        {
            return Decision.Reject(RejectionCode.AlreadyDecided, $"The request was already decided ({state.Stage.WireName()}), so it cannot be refused now.");
        }

        var builder = new DecisionBuilder(state)
            .Emit(new RequestRefused(c.At, c.Actor, c.Ground, string.IsNullOrWhiteSpace(c.Detail) ? null : c.Detail.Trim(), PurgeTime(state, c.At)))
            .MailPerson(MailKind.Refusal, new MailFacts([LinkNames.Status], Reason: c.Detail?.Trim()));
        DeleteExportIfAny(builder, state);
        return builder.Build();
    }

    private static Decision WithdrawRequest(RequestState state, WithdrawRequest c)
    {
        if (!state.Stage.IsAwaitingAnswer())
        {
            return NotNow(state, "be withdrawn");
        }

        var builder = new DecisionBuilder(state)
            .Emit(new RequestWithdrawn(c.At, c.Actor, PurgeTime(state, c.At)))
            .MailPerson(MailKind.WithdrawalConfirmed, new MailFacts([LinkNames.Status]));
        DeleteExportIfAny(builder, state);
        return builder.Build();
    }

    private static void DeleteExportIfAny(DecisionBuilder builder, RequestState before)
    {
        if (before.Export is { } export)
        {
            builder.Run(id => new DeleteExport(id, export.BlobName), "delete-export");
        }
    }

    private static Decision ParkEffect(RequestState state, ParkEffect c)
    {
        if (state.Parked.Any(parked => parked.Effect.Id == c.Effect.Id))
        {
            return Decision.Reject(RejectionCode.AlreadyDecided, "This effect is already parked.");
        }

        return new DecisionBuilder(state)
            .Emit(new EffectParked(c.At, c.Actor, new ParkedEffect(c.Effect, c.Error)))
            .MailStaff(MailKind.ProcessError, new MailFacts([LinkNames.Retry], ErrorText: c.Error), c.Effect.Id)
            .Build();
    }

    private static Decision RetryParkedEffect(RequestState state, RetryParkedEffect c)
    {
        if (state.Parked.IsEmpty)
        {
            return Decision.Reject(RejectionCode.AlreadyDecided, "Nothing is waiting for a retry.");
        }

        var builder = new DecisionBuilder(state).Emit(new ErrorRetried(c.At, c.Actor));
        foreach (var parked in state.Parked)
        {
            builder.Run(id => parked.Effect with { Id = id }, "retry", parked.Effect.Id);
        }

        return builder.Build();
    }
}
