using System.Collections.Immutable;
using System.Text.Json;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Serialization;
using Intake.Orchestration.Activities;
using Intake.Orchestration.Telemetry;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Intake.Orchestration;

/// <summary>
/// One generation of a request's instance: take the opening command, or wait for the next command
/// or timer; decide it; then settle — publish the new events to the request record, run the effects
/// they call for (all at once: the fan-out to the sources), decide their results, and again, until
/// nothing is left — and continue as new with the state. Orchestrator code: time only from the
/// context, no I/O but activities, nothing random; the Durable Task analyzers check it.
/// </summary>
internal sealed partial class ProcessGeneration(TaskOrchestrationContext context, ProcessInput input)
{
    /// <summary>
    /// The longest single wait. A request closed and waiting three years for its purge would pile
    /// up timer events in one history; instead it wakes every few days and continues as new.
    /// </summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromDays(3);

    /// <summary>
    /// Rounds of publish-and-run in one generation. A step settles in a few (the last source's
    /// receipt, the export, the delivery mail); past this the generation continues as new and the
    /// next one carries on, so no chain of effects can grow a history without bound.
    /// </summary>
    private const int MaxSettleRounds = 16;

    /// <summary>Foreign events ignored in one generation before it continues as new, so a flood cannot grow a history.</summary>
    private const int MaxIgnoredEvents = 20;

    private readonly List<RequestEvent> unpublished = [.. input.Unpublished];
    private readonly List<Effect> pending = [.. input.Pending];
    private readonly List<string> unpublishedLinks = [.. input.UnpublishedLinks];
    private readonly List<CommandOutcome> outcomes = [.. input.Outcomes];
    private ImmutableSortedSet<string> spentLinks = input.SpentLinks;
    private RequestState state = input.State;
    private int publishedVersion = input.PublishedVersion;

    private DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public async Task<string?> RunAsync()
    {
        if (input.Format != ProcessInput.CurrentFormat)
        {
            throw new InvalidOperationException($"Instance {context.InstanceId} carries input of format {input.Format}; this build reads format {ProcessInput.CurrentFormat}.");
        }

        context.SetCustomStatus(ProcessStatus.Of(state, outcomes));
        if (input.Submit is { } submit)
        {
            var opened = RequestDecider.Decide(state, submit);
            if (opened.Rejection is { } refused)
            {
                // The gateway checks a submission before starting an instance; this is a start that
                // bypassed it. There is no request to keep: the instance ends.
                LogRefused(context.CreateReplaySafeLogger<RequestProcess>(), context.InstanceId, refused.Code);
                return "refused";
            }

            Apply(opened);
        }
        else if (input.IsSettled && !await WakeAsync())
        {
            return Continue();
        }

        switch (await SettleAsync())
        {
            case Settled.PublishFailed:
                // Storage refused the publication even after the activity's own retries: wait, then a
                // fresh generation tries again with everything still unpublished.
                await context.CreateTimer(context.CurrentUtcDateTime + ProcessRetries.PublishPause, CancellationToken.None);
                return Continue();
            case Settled.Done when state.Stage == Stage.Purged:
                return "purged";
            default:
                return Continue();
        }
    }

    /// <summary>Waits for a command or the next timer and decides what came; false when only the longest wait ran out.</summary>
    private async Task<bool> WakeAsync()
    {
        for (var ignored = 0; ignored < MaxIgnoredEvents;)
        {
            var wake = RequestTimers.NextWake(state);
            var longest = Now + LongestWait;
            var fireAt = wake is { } at && at < longest ? at : wake is null ? (DateTimeOffset?)null : longest;
            using var cancel = new CancellationTokenSource();
            var raised = context.WaitForExternalEvent<JsonElement>(ProcessNames.CommandEvent, cancel.Token);
            if (fireAt is { } fire)
            {
                var timer = context.CreateTimer(fire.UtcDateTime, cancel.Token);
                var first = await Task.WhenAny(raised, timer);

                // Cancel the loser, synchronously: an open timer keeps an instance from continuing
                // cleanly, and an abandoned event wait must not take the next command.
                cancel.Cancel();
                if (first == timer)
                {
                    if (fire < wake)
                    {
                        return false;
                    }

                    Decide(new Tick(Now, Actor.System));
                    return true;
                }
            }

            if (CommandEnvelope.TryRead(await raised) is { } envelope)
            {
                Handle(envelope);
                return true;
            }

            ignored++;
            if (!context.IsReplaying)
            {
                IntakeTelemetry.IgnoredEvents.Add(1);
            }

            LogIgnored(context.CreateReplaySafeLogger<RequestProcess>(), context.InstanceId);
        }

        return false;
    }

    /// <summary>
    /// A command from a link, a page, a mail or a source. A single-use link already spent acts no
    /// more; otherwise the link is spent exactly when its command is accepted, in this same step.
    /// </summary>
    private void Handle(CommandEnvelope envelope)
    {
        if (envelope.LinkKey is { } key && spentLinks.Contains(key))
        {
            Record(new CommandOutcome(envelope.Id, CommandOutcome.LinkUsed));
            return;
        }

        var decision = Decide(envelope.Command);
        if (decision.Rejection is { } rejection)
        {
            Record(CommandOutcome.Refused(envelope.Id, rejection));
            return;
        }

        if (envelope.LinkKey is { } spent)
        {
            spentLinks = spentLinks.Add(spent);
            unpublishedLinks.Add(spent);
        }

        Record(new CommandOutcome(envelope.Id, CommandOutcome.Accepted));
    }

    /// <summary>Publishes, runs the effects, decides their results, and again until nothing is left or the rounds are spent.</summary>
    private async Task<Settled> SettleAsync()
    {
        for (var round = 0; round < MaxSettleRounds; round++)
        {
            if ((unpublished.Count > 0 || unpublishedLinks.Count > 0) && !await PublishAsync())
            {
                return Settled.PublishFailed;
            }

            // Set after the publication, so whoever sees an outcome also finds the record that shows it.
            context.SetCustomStatus(ProcessStatus.Of(state, outcomes));
            if (pending.Count == 0)
            {
                return Settled.Done;
            }

            // Every effect is scheduled before any is awaited: the fan-out.
            var batch = pending.ToList();
            pending.Clear();
            var results = await Task.WhenAll(batch.Select(RunEffectAsync));
            foreach (var (effect, result, failure) in results)
            {
                if (failure is not null)
                {
                    LogEffectParked(context.CreateReplaySafeLogger<RequestProcess>(), context.InstanceId, effect.Id);
                    Decide(new ParkEffect(Now, Actor.System, effect, failure));
                }
                else if (result is not null)
                {
                    Decide(result);
                }
            }
        }

        return Settled.RoundsSpent;
    }

    private async Task<bool> PublishAsync()
    {
        var publication = new Publication(state.Id, publishedVersion, [.. unpublished], [.. unpublishedLinks]);
        try
        {
            await context.CallActivityAsync<string?>(ProcessNames.PublishRequest, publication.Write(), ProcessRetries.Publish);
        }
        catch (TaskFailedException)
        {
            LogPublishFailed(context.CreateReplaySafeLogger<RequestProcess>(), context.InstanceId, state.Version);
            return false;
        }

        publishedVersion = state.Version;
        unpublished.Clear();
        unpublishedLinks.Clear();
        return true;
    }

    private async Task<(Effect Effect, RequestCommand? Result, string? Failure)> RunEffectAsync(Effect effect)
    {
        try
        {
            var output = await context.CallActivityAsync<string?>(ProcessNames.RunEffect, new EffectCall(state.Id, state.Version, effect).Write(), ProcessRetries.Effects(state.Policy));
            return (effect, output is null ? null : IntakeJson.Deserialize<RequestCommand>(output), null);
        }
        catch (TaskFailedException e)
        {
            return (effect, null, FailureText(e.FailureDetails));
        }
    }

    private Decision Decide(RequestCommand command)
    {
        var decision = RequestDecider.Decide(state, command);
        if (!context.IsReplaying)
        {
            IntakeTelemetry.Commands.Add(1, new KeyValuePair<string, object?>("command", command.GetType().Name), new KeyValuePair<string, object?>("outcome", decision.IsAccepted ? "accepted" : "rejected"));
        }

        if (decision.IsAccepted)
        {
            Apply(decision);
        }

        return decision;
    }

    private void Apply(Decision decision)
    {
        state = RequestDecider.Apply(state, decision);
        unpublished.AddRange(decision.Events);
        pending.AddRange(decision.Effects);
    }

    private void Record(CommandOutcome outcome)
    {
        outcomes.Add(outcome);
        if (outcomes.Count > ProcessStatus.MaxOutcomes)
        {
            outcomes.RemoveRange(0, outcomes.Count - ProcessStatus.MaxOutcomes);
        }
    }

    private string? Continue()
    {
        context.ContinueAsNew(
            new ProcessInput(ProcessInput.CurrentFormat, state, null, publishedVersion, [.. unpublished], [.. pending], spentLinks, [.. unpublishedLinks], [.. outcomes]).Write(),
            preserveUnprocessedEvents: true);
        return null;
    }

    /// <summary>
    /// A failure as staff read it in the retry mail: the exception's short type name and its
    /// message, cut short. Stack traces stay in the engine's own logs.
    /// </summary>
    private static string FailureText(TaskFailureDetails? details)
    {
        const int MaxLength = 1000;
        var type = details?.ErrorType is { Length: > 0 } name ? name[(name.LastIndexOf('.') + 1)..] : "Error";
        var text = $"{type}: {details?.ErrorMessage}";
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    private enum Settled
    {
        Done,
        PublishFailed,
        RoundsSpent,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId}: an external event could not be read as a command and was ignored")]
    private static partial void LogIgnored(ILogger logger, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId}: effect {EffectId} failed on every try; the request is parked for staff")]
    private static partial void LogEffectParked(ILogger logger, string requestId, string effectId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId}: publishing version {Version} failed; trying again after a pause")]
    private static partial void LogPublishFailed(ILogger logger, string requestId, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId}: the opening command was refused ({Code}); the instance ends")]
    private static partial void LogRefused(ILogger logger, string requestId, RejectionCode code);
}
