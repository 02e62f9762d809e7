using System.Text.Json;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Serialization;
using Microsoft.Extensions.Logging;

namespace Intake.Azure.Durable;

/// <summary>
/// The request orchestration's port on Durable Functions: commands arrive as the external event
/// <see cref="DurableNames.CommandEvent"/>, timers are durable timers, effects are
/// <see cref="DurableNames.RunEffect"/> activities run side by side, and each publication is a
/// <see cref="DurableNames.PublishRequest"/> activity. This is orchestrator code: it must stay
/// deterministic — time only from the context, no I/O, no threads of its own.
/// </summary>
/// <param name="logger">A replay-safe logger, so a replay does not log the same line again.</param>
public sealed partial class DurableOrchestrationContext(IDurableContext context, ILogger logger) : IRequestOrchestrationContext
{
    /// <summary>Wait between rounds of publishing when even the activity's own retries failed.</summary>
    public static readonly TimeSpan PublishPause = TimeSpan.FromMinutes(5);

    public DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public async Task<RequestCommand?> WaitForCommandAsync(DateTimeOffset? wakeAt)
    {
        while (true)
        {
            var raised = await WaitForEventOrTimerAsync(wakeAt);
            if (raised is null)
            {
                return null;
            }

            if (TryRead(raised) is { } command)
            {
                return command;
            }

            // Only our gateway raises commands; anything else (a hand-raised event from a tool) must
            // not fail the request's instance. It is dropped and the same wait goes on.
            LogUnreadableCommand(logger, context.InstanceId);
        }
    }

    public async Task<IReadOnlyList<EffectOutcome>> RunEffectsAsync(RequestState state, IReadOnlyList<Effect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);

        // Every activity is scheduled before any is awaited: the fan-out to the sources.
        var runs = effects.Select(effect => RunEffectAsync(state, effect)).ToList();
        return await Task.WhenAll(runs);
    }

    public async Task PublishAsync(RequestState state, IReadOnlyList<RequestEvent> newEvents, Rejection? lastRejection)
    {
        ArgumentNullException.ThrowIfNull(state);
        context.SetCustomStatus(RequestStatusSummary.Of(state, lastRejection));
        var work = IntakeJson.Serialize(new PublishWork(state, newEvents));
        for (var round = 1; ; round++)
        {
            var result = await context.CallActivityAsync(DurableNames.PublishRequest, work, ActivityRetry.Publish);
            if (!result.IsFailed)
            {
                return;
            }

            // Skipping a publication would leave a hole in the audit chain, and the next one could
            // not fill it; so the orchestration holds here until storage is back.
            LogPublishFailed(logger, context.InstanceId, state.Version, round);
            await context.CreateTimer(context.CurrentUtcDateTime + PublishPause, CancellationToken.None);
        }
    }

    public void ContinueAsNew(RequestOrchestrationInput carryOver) => context.ContinueAsNew(IntakeJson.Serialize(carryOver));

    private async Task<string?> WaitForEventOrTimerAsync(DateTimeOffset? wakeAt)
    {
        using var cancel = new CancellationTokenSource();
        var raised = context.WaitForExternalEvent(DurableNames.CommandEvent, cancel.Token);
        if (wakeAt is not { } wake)
        {
            return await raised;
        }

        var timer = context.CreateTimer(wake.UtcDateTime, cancel.Token);
        var first = await Task.WhenAny(raised, timer);

        // Cancel the loser: an open timer keeps the instance from completing or continuing cleanly,
        // and an abandoned event wait must not take the next command. Synchronously: CancelAsync would
        // run the engine's callbacks on another thread, which orchestrator code must never do.
        cancel.Cancel();
        return first == raised ? await raised : null;
    }

    private async Task<EffectOutcome> RunEffectAsync(RequestState state, Effect effect)
    {
        var result = await context.CallActivityAsync(DurableNames.RunEffect, IntakeJson.Serialize(new EffectWork(state, effect)), ActivityRetry.Effects);
        if (result.Failure is { } failure)
        {
            LogEffectFailed(logger, context.InstanceId, effect.Id);
            return EffectOutcome.Failed(effect, failure);
        }

        return EffectOutcome.Done(effect, result.Output is null ? null : IntakeJson.Deserialize<RequestCommand>(result.Output));
    }

    private static RequestCommand? TryRead(string json)
    {
        try
        {
            return IntakeJson.Deserialize<RequestCommand>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId}: an external command could not be read and was dropped")]
    private static partial void LogUnreadableCommand(ILogger logger, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId}: effect {EffectId} failed on every try; the request is parked for staff")]
    private static partial void LogEffectFailed(ILogger logger, string requestId, string effectId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId}: publishing version {Version} failed (round {Round}); trying again after a pause")]
    private static partial void LogPublishFailed(ILogger logger, string requestId, int version, int round);
}
