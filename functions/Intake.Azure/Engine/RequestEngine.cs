using Intake.Azure.Telemetry;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Microsoft.Extensions.Logging;

namespace Intake.Azure.Engine;

/// <summary>
/// Decides and stores: read the request, decide, write the decision in one transaction, then queue
/// its effects. A concurrent writer makes the write fail on the ETag; the command is then decided
/// again on the fresh state — so two racing staff clicks are decided one after the other, and the
/// second sees the first's result. The wake index is written before the decision so no timer is
/// lost to a crash; at worst a stale hint is left behind.
/// </summary>
public sealed partial class RequestEngine(
    TableRequestStore store,
    WakeIndex wake,
    WorkQueue queue,
    TimeProvider time,
    EngineOptions options,
    ILogger<RequestEngine> logger)
{
    /// <summary>
    /// Twenty sources finishing at once all record their receipts on one request row; with a
    /// jittered, growing pause between tries they commit one after another instead of colliding
    /// again in lockstep.
    /// </summary>
    private const int ConflictRetries = 40;

    private readonly RequestLocks locks = new();

    public TableRequestStore Store => store;

    public WakeIndex Wake => wake;

    public WorkQueue Queue => queue;

    public TimeProvider Time => time;

    public EngineOptions Options => options;

    /// <summary>Decides <paramref name="command"/> on the request's latest state and stores the outcome.</summary>
    public async Task<EngineResult> ExecuteAsync(
        RequestId id,
        RequestCommand command,
        string? linkHash = null,
        string? completedEffectId = null,
        EffectStatus completedAs = EffectStatus.Done,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = command.GetType().Name;
        using var activity = IntakeTelemetry.Source.StartActivity("intake.decide");
        activity?.SetTag("intake.request", id.Value);
        activity?.SetTag("intake.command", name);
        EngineResult result;
        using (await locks.EnterAsync(id.Value, cancellationToken))
        {
            result = await DecideAndStoreAsync(id, command, linkHash, completedEffectId, completedAs, cancellationToken);
        }

        var outcome = result.IsAccepted ? "accepted" : result.LinkAlreadyUsed ? "link-used" : "rejected";
        activity?.SetTag("intake.outcome", outcome);
        IntakeTelemetry.Commands.Add(1, new KeyValuePair<string, object?>("command", name), new KeyValuePair<string, object?>("outcome", outcome));
        return result;
    }

    private async Task<EngineResult> DecideAndStoreAsync(RequestId id, RequestCommand command, string? linkHash, string? completedEffectId, EffectStatus completedAs, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = command is SubmitRequest ? null : await store.LoadAsync(id, cancellationToken);
            if (current is null && command is not SubmitRequest)
            {
                return EngineResult.Rejected(new Rejection(RejectionCode.NotFound, "There is no such request."), null);
            }

            var decision = RequestDecider.Decide(current?.State ?? RequestState.Initial, command);
            if (!decision.IsAccepted)
            {
                if (linkHash is not null && await store.IsLinkSpentAsync(id, linkHash, cancellationToken))
                {
                    return EngineResult.LinkUsed;
                }

                if (completedEffectId is not null)
                {
                    await store.MarkEffectAsync(id, completedEffectId, completedAs, time.GetUtcNow(), cancellationToken);
                }

                return EngineResult.Rejected(decision.Rejection!, current?.State);
            }

            if (decision.IsEmpty && linkHash is null)
            {
                if (completedEffectId is not null)
                {
                    await store.MarkEffectAsync(id, completedEffectId, completedAs, time.GetUtcNow(), cancellationToken);
                }

                return EngineResult.Accepted(current!, decision);
            }

            try
            {
                var stored = await CommitAsync(current, decision, linkHash, completedEffectId, completedAs, cancellationToken);
                return EngineResult.Accepted(stored, decision);
            }
            catch (LinkAlreadyUsedException)
            {
                return EngineResult.LinkUsed;
            }
            catch (CommitConflictException) when (command is SubmitRequest)
            {
                return EngineResult.Rejected(new Rejection(RejectionCode.AlreadyExists, "This request already exists."), null);
            }
            catch (CommitConflictException) when (attempt < ConflictRetries)
            {
                LogConflict(logger, id.Value, attempt);
                var ceiling = Math.Min(1000, 10 << Math.Min(attempt, 7));
                await Task.Delay(Random.Shared.Next(ceiling / 4, ceiling), cancellationToken);
            }
        }
    }

    private async Task<StoredRequest> CommitAsync(StoredRequest? current, Decision decision, string? linkHash, string? completedEffectId, EffectStatus completedAs, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var after = RequestDecider.Apply(current?.State ?? RequestState.Initial, decision);
        var nextWake = RequestTimers.NextWake(after);

        // One wake-up is filed before the commit, so nothing is lost to a crash: the earlier of the
        // recovery hint (effects still get queued if this process dies right after the commit) and
        // a changed timer. When the hint is the earlier, the scan that handles it files the
        // request's next timer again (see TimerScanner), so one write per decision suffices.
        DateTimeOffset? hint = decision.Effects.Count > 0 ? now + options.RecoveryDelay : null;
        DateTimeOffset? timer = nextWake is { } at && at != current?.NextWake ? at : null;
        if ((hint, timer) switch
        {
            ({ } h, { } t) => h < t ? h : t,
            ({ } h, null) => h,
            (null, { } t) => t,
            _ => (DateTimeOffset?)null,
        } is { } filed)
        {
            await wake.ScheduleAsync(after.Id, filed, now, cancellationToken);
        }

        var stored = await store.CommitAsync(current, decision, now, completedEffectId, completedAs, linkHash, cancellationToken);
        await Task.WhenAll(decision.Effects.Select(effect => queue.EnqueueAsync(after.Id, effect.Id, cancellationToken: cancellationToken)));

        return stored;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request {RequestId} changed while deciding; attempt {Attempt}")]
    private static partial void LogConflict(ILogger logger, string requestId, int attempt);
}
