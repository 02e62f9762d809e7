using Intake.Core.Notifications;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;

namespace Intake.Core.Process;

public static partial class RequestDecider
{
    /// <summary>Every source answered: build the export, tell the recipients, or finish.</summary>
    private static void AfterSources(DecisionBuilder builder, DateTimeOffset at)
    {
        var state = builder.State;
        if (state.Type.ProducesExport())
        {
            builder.Emit(new ExportAssemblyStarted(at, Actor.System))
                .Run(id => new AssembleExport(id, state.Type == RequestType.Portability), "assemble-export");
            return;
        }

        if (state.Type.NotifiesRecipients() && state.Action is { } action)
        {
            builder.Emit(new RecipientNotificationStarted(at, Actor.System))
                .Run(id => new NotifyRecipients(id, action), "notify-recipients");
            return;
        }

        Complete(builder, at);
    }

    private static void Complete(DecisionBuilder builder, DateTimeOffset at)
    {
        builder.Emit(new RequestCompleted(at, Actor.System, PurgeTime(builder.State, at)))
            .MailPerson(MailKind.ActionCompleted, new MailFacts([LinkNames.Status]));
    }

    private static Decision RecordExport(RequestState state, RecordExport c)
    {
        if (state.Stage != Stage.Assembling)
        {
            return state.Export is not null
                ? Decision.Reject(RejectionCode.AlreadyDecided, "The export was already recorded.")
                : NotNow(state, "take an export");
        }

        var builder = new DecisionBuilder(state).Emit(new ExportAssembled(c.At, c.Actor, c.Export));
        if (state.Policy.RequireExportRelease)
        {
            return builder
                .Emit(new ExportReleaseRequested(c.At, Actor.System))
                .MailStaff(MailKind.ExportReleaseRequested, new MailFacts([LinkNames.Release, LinkNames.Reject]))
                .Build();
        }

        return Deliver(builder, c.At).Build();
    }

    private static Decision ReleaseExport(RequestState state, ReleaseExport c)
    {
        if (state.Stage != Stage.AwaitingRelease)
        {
            return state.Stage == Stage.Delivered || state.Stage.IsClosed()
                ? Decision.Reject(RejectionCode.AlreadyDecided, "The export was already released or the request closed.")
                : NotNow(state, "release an export");
        }

        return Deliver(new DecisionBuilder(state).Emit(new ExportReleased(c.At, c.Actor)), c.At).Build();
    }

    /// <summary>The answer reaches the person: the statutory duty is met here.</summary>
    private static DecisionBuilder Deliver(DecisionBuilder builder, DateTimeOffset at)
    {
        var expires = at + builder.State.Policy.DownloadLinkLifetime;
        return builder
            .Emit(new ResponseDelivered(at, Actor.System, expires))
            .MailPerson(MailKind.ResponseReady, new MailFacts([LinkNames.Download, LinkNames.Status], expires));
    }

    private static Decision RecordRecipientsNotified(RequestState state, RecordRecipientsNotified c)
    {
        if (!state.NotifyingRecipients || state.Stage != Stage.InProgress)
        {
            return state.Stage.IsClosed()
                ? Decision.Reject(RejectionCode.AlreadyDecided, "Recipients were already recorded.")
                : NotNow(state, "record recipients");
        }

        var builder = new DecisionBuilder(state).Emit(new RecipientsNotified(c.At, c.Actor, c.Recipients));
        Complete(builder, c.At);
        return builder.Build();
    }

    private static Decision RecordDownload(RequestState state, RecordDownload c)
    {
        if (state.Stage != Stage.Delivered || state.DownloadExpiresAt is not { } expires || c.At >= expires)
        {
            return Decision.Reject(RejectionCode.Closed, "The download link has expired and the export was deleted.");
        }

        return new DecisionBuilder(state).Emit(new ExportDownloaded(c.At, c.Actor)).Build();
    }
}
