using Intake.Core.Notifications;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Process;

public static partial class RequestDecider
{
    /// <summary>Fans the request out to every source that supports its action, all at once.</summary>
    private static DecisionBuilder StartProcessing(DecisionBuilder builder, DateTimeOffset at)
    {
        var state = builder.State;
        var action = RequestActions.For(state.Type)
            ?? throw new InvalidOperationException($"No source action for {state.Type}.");
        var sources = state.Sources.Where(source => source.Supports.Contains(action)).Select(source => source.Id).ToList();
        builder.Emit(new ProcessingStarted(at, Actor.System, action, sources));
        foreach (var source in sources)
        {
            builder.Run(id => new RunSource(id, source, action), "run-source", source);
        }

        if (state.Type == RequestType.ObjectionToDirectMarketing)
        {
            // Art 21(3): once objected, never again — the suppression list outlives the request record.
            builder.Run(id => new AddToSuppressionList(id), "suppress");
        }

        if (sources.Count == 0)
        {
            AfterSources(builder, at);
        }

        return builder;
    }

    private static Decision RecordSourceReceipt(RequestState state, RecordSourceReceipt c)
    {
        if (FindOpenTask(state, c.Receipt.SourceId) is { } rejection)
        {
            return rejection;
        }

        var builder = new DecisionBuilder(state);
        if (c.Receipt.Outcome == SourceOutcome.AwaitingStaff)
        {
            if (state.Tasks[c.Receipt.SourceId].Status == SourceTaskStatus.AwaitingStaff)
            {
                return Decision.Reject(RejectionCode.AlreadyDecided, "Staff were already asked to handle this source.");
            }

            return builder
                .Emit(new SourceTaskAwaitingStaff(c.At, c.Actor, c.Receipt.SourceId, c.Receipt.Note))
                .MailStaff(MailKind.ManualTaskRequested, new MailFacts([LinkNames.ConfirmTask], SourceId: c.Receipt.SourceId, Reason: c.Receipt.Note), c.Receipt.SourceId)
                .Build();
        }

        if (c.Receipt.Outcome == SourceOutcome.AwaitingCallback)
        {
            if (state.Tasks[c.Receipt.SourceId].Status == SourceTaskStatus.AwaitingCallback)
            {
                return Decision.Reject(RejectionCode.AlreadyDecided, "This source already accepted the job.");
            }

            return builder
                .Emit(new SourceTaskAwaitingCallback(c.At, c.Actor, c.Receipt.SourceId, c.At + state.Policy.SourceCallbackTimeout))
                .Build();
        }

        return FinishTask(builder, c.At, c.Actor, c.Receipt);
    }

    /// <summary>A source that promised a callback and never sent it is flagged to staff, like one that failed.</summary>
    private static void FlagSilentSources(DecisionBuilder builder, DateTimeOffset now)
    {
        foreach (var task in builder.State.Tasks.Values.Where(t => t.Status == SourceTaskStatus.AwaitingCallback && t.RetryAt <= now).OrderBy(t => t.SourceId, StringComparer.Ordinal).ToList())
        {
            var error = $"The source accepted the job but sent no answer within {builder.State.Policy.SourceCallbackTimeout.TotalDays:0} days.";
            builder.Emit(new SourceTaskFailed(now, Actor.System, task.SourceId, task.Attempts, error, null))
                .MailStaff(MailKind.SourceFailed, new MailFacts([LinkNames.Retry, LinkNames.ConfirmTask], SourceId: task.SourceId, ErrorText: error), task.SourceId);
        }
    }

    private static Decision ConfirmSourceTask(RequestState state, ConfirmSourceTask c)
    {
        if (FindOpenTask(state, c.Receipt.SourceId) is { } rejection)
        {
            return rejection;
        }

        if (c.Receipt.Outcome is SourceOutcome.AwaitingStaff or SourceOutcome.AwaitingCallback)
        {
            return Decision.Reject(RejectionCode.InvalidInput, "Say what was found or done in this source.");
        }

        return FinishTask(new DecisionBuilder(state), c.At, c.Actor, c.Receipt);
    }

    private static Decision FinishTask(DecisionBuilder builder, DateTimeOffset at, Actor actor, SourceReceipt receipt)
    {
        builder.Emit(new SourceTaskFinished(at, actor, receipt));
        if (builder.State.Stage == Stage.InProgress && builder.State.Tasks.Values.All(task => task.IsFinished))
        {
            AfterSources(builder, at);
        }

        return builder.Build();
    }

    private static Decision RecordSourceFailure(RequestState state, RecordSourceFailure c)
    {
        if (FindOpenTask(state, c.SourceId) is { } rejection)
        {
            return rejection;
        }

        var task = state.Tasks[c.SourceId];
        if (task.Status is not (SourceTaskStatus.Running or SourceTaskStatus.AwaitingCallback))
        {
            return Decision.Reject(RejectionCode.AlreadyDecided, "This run's failure was already recorded.");
        }

        var builder = new DecisionBuilder(state);
        if (task.Attempts < state.Policy.SourceAttempts)
        {
            // Back off: a source that is down now is often up in a few minutes.
            var delay = state.Policy.SourceRetryDelay * Math.Pow(2, task.Attempts - 1);
            return builder
                .Emit(new SourceTaskFailed(c.At, c.Actor, c.SourceId, task.Attempts, c.Error, c.At + delay))
                .Build();
        }

        // Flagged to staff; the other sources go on without waiting for this one.
        return builder
            .Emit(new SourceTaskFailed(c.At, c.Actor, c.SourceId, task.Attempts, c.Error, null))
            .MailStaff(MailKind.SourceFailed, new MailFacts([LinkNames.Retry, LinkNames.ConfirmTask], SourceId: c.SourceId, ErrorText: c.Error), c.SourceId)
            .Build();
    }

    private static Decision RetrySource(RequestState state, RetrySource c)
    {
        if (FindOpenTask(state, c.SourceId) is { } rejection)
        {
            return rejection;
        }

        var task = state.Tasks[c.SourceId];
        if (task.Status is not (SourceTaskStatus.Flagged or SourceTaskStatus.RetryScheduled))
        {
            return Decision.Reject(RejectionCode.AlreadyDecided, "This source is not waiting for a retry.");
        }

        return Retry(new DecisionBuilder(state), c.At, c.Actor, task).Build();
    }

    private static DecisionBuilder Retry(DecisionBuilder builder, DateTimeOffset at, Actor actor, SourceTask task)
    {
        builder.Emit(new SourceTaskRetried(at, actor, task.SourceId, task.Attempts + 1));
        return builder.Run(id => new RunSource(id, task.SourceId, task.Action), "run-source", task.SourceId);
    }

    /// <summary>A source result is taken only while the request waits on that source.</summary>
    private static Decision? FindOpenTask(RequestState state, string sourceId)
    {
        if (state.Stage.IsClosed())
        {
            return NotNow(state, "take source results");
        }

        if (!state.Tasks.TryGetValue(sourceId, out var task))
        {
            return Decision.Reject(RejectionCode.UnknownSource, $"Source '{sourceId}' is not part of this request.");
        }

        if (task.IsFinished)
        {
            return Decision.Reject(RejectionCode.AlreadyDecided, $"Source '{sourceId}' already answered.");
        }

        return null;
    }
}
