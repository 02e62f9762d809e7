using Intake.Azure.Storage;
using Intake.Azure.Telemetry;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Microsoft.Extensions.Logging;

namespace Intake.Azure.Engine;

/// <summary>
/// Runs queued effects: many at once (the fan-out), each under a lease, each idempotent by its id.
/// Its result is recorded in the same transaction that marks the effect done. An effect that fails
/// on every attempt parks the request in the error step, where staff see it and may retry.
/// </summary>
public sealed partial class EffectWorker(RequestEngine engine, IEffectExecutor executor, ILogger<EffectWorker> logger)
{
    /// <summary>Polls the queue until <paramref name="stoppingToken"/> fires; effects in flight finish first.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var options = engine.Options;
        var running = new HashSet<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveWhere(task => task.IsCompleted);
            var room = options.WorkerConcurrency - running.Count;
            if (room <= 0)
            {
                await Task.WhenAny(running);
                continue;
            }

            IReadOnlyList<WorkItem> items;
            try
            {
                items = await engine.Queue.ReceiveAsync(Math.Min(room, 32), options.EffectLease, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (StorageFailure.Is(e))
            {
                // Storage is down: wait and poll again; the worker must outlive any outage.
                LogStorageDown(logger, e.GetType().Name);
                await Delay(TimeSpan.FromSeconds(1), stoppingToken);
                continue;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Anything else is a bug, but a dead worker would strand every request: log and go on.
                LogUnexpected(logger, e);
                await Delay(TimeSpan.FromSeconds(5), stoppingToken);
                continue;
            }

            if (items.Count == 0)
            {
                await Delay(options.PollInterval, stoppingToken);
                continue;
            }

            foreach (var item in items)
            {
                // Effects in flight are not cancelled on shutdown: they finish and record their result.
                running.Add(Task.Run(() => ProcessAsync(item, CancellationToken.None), CancellationToken.None));
            }
        }

        await Task.WhenAll(running);
    }

    /// <summary>Runs one work item to its end: done, retried later, or parked.</summary>
    public async Task ProcessAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await RunEffectAsync(item, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.Is(e) || e is CommitConflictException)
        {
            // Storage trouble while recording: the message comes back after its visibility timeout.
            LogRecordFailed(logger, item.Request.Value, item.EffectId, e.GetType().Name);
        }
    }

    private async Task RunEffectAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var store = engine.Store;
        var now = engine.Time.GetUtcNow();
        var effect = await store.GetEffectAsync(item.Request, item.EffectId, cancellationToken);
        if (effect is null || effect.Status != EffectStatus.Pending)
        {
            await engine.Queue.CompleteAsync(item, cancellationToken);
            return;
        }

        var stored = await store.LoadAsync(item.Request, cancellationToken);
        if (stored is null)
        {
            await engine.Queue.CompleteAsync(item, cancellationToken);
            return;
        }

        var leased = await store.TryLeaseAsync(item.Request, effect, now, engine.Options.EffectLease, cancellationToken);
        if (leased is null)
        {
            // Another worker holds it; look again when its lease would have run out.
            await engine.Queue.RetryLaterAsync(item, engine.Options.EffectLease, cancellationToken);
            return;
        }

        RequestCommand? result;
        var kind = leased.Effect.GetType().Name;
        using (var activity = IntakeTelemetry.Source.StartActivity("intake.effect"))
        {
            activity?.SetTag("intake.request", item.Request.Value);
            activity?.SetTag("intake.effect", kind);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                result = await executor.ExecuteAsync(stored.State, leased.Effect, cancellationToken);
                IntakeTelemetry.EffectDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("effect", kind));
                IntakeTelemetry.Effects.Add(1, new KeyValuePair<string, object?>("effect", kind), new KeyValuePair<string, object?>("outcome", "done"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
                IntakeTelemetry.Effects.Add(1, new KeyValuePair<string, object?>("effect", kind), new KeyValuePair<string, object?>("outcome", "failed"));
                await FailAsync(item, leased, e, cancellationToken);
                return;
            }
        }

        if (result is null)
        {
            await store.MarkEffectAsync(item.Request, leased.Effect.Id, EffectStatus.Done, engine.Time.GetUtcNow(), cancellationToken);
        }
        else
        {
            await engine.ExecuteAsync(item.Request, result, completedEffectId: leased.Effect.Id, cancellationToken: cancellationToken);
        }

        await engine.Queue.CompleteAsync(item, cancellationToken);
        LogDone(logger, item.Request.Value, leased.Effect.Id);
    }

    private async Task FailAsync(WorkItem item, EffectRecord leased, Exception error, CancellationToken cancellationToken)
    {
        var message = $"{error.GetType().Name}: {error.Message}";
        if (leased.Attempts >= engine.Options.EffectAttempts)
        {
            LogParked(logger, item.Request.Value, leased.Effect.Id, leased.Attempts);
            var park = new ParkEffect(engine.Time.GetUtcNow(), Actor.System, leased.Effect, message);
            await engine.ExecuteAsync(item.Request, park, completedEffectId: leased.Effect.Id, completedAs: EffectStatus.Parked, cancellationToken: cancellationToken);
            await engine.Queue.CompleteAsync(item, cancellationToken);
            return;
        }

        LogRetry(logger, item.Request.Value, leased.Effect.Id, leased.Attempts, error.GetType().Name);
        var delay = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, engine.Options.RetryDelay.Ticks * (1L << Math.Min(leased.Attempts - 1, 16))));
        await engine.Store.ReleaseAfterFailureAsync(item.Request, leased, message, engine.Time.GetUtcNow() + delay, cancellationToken);
        await engine.Queue.RetryLaterAsync(item, delay, cancellationToken);
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Effect {EffectId} of {RequestId} done")]
    private static partial void LogDone(ILogger logger, string requestId, string effectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Effect {EffectId} of {RequestId} failed on attempt {Attempt} ({Error}); it will run again")]
    private static partial void LogRetry(ILogger logger, string requestId, string effectId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Effect {EffectId} of {RequestId} failed {Attempts} times; the request is parked for staff")]
    private static partial void LogParked(ILogger logger, string requestId, string effectId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record effect {EffectId} of {RequestId} ({Error}); it will be picked up again")]
    private static partial void LogRecordFailed(ILogger logger, string requestId, string effectId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The effect worker hit an unexpected error; it carries on")]
    private static partial void LogUnexpected(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage did not answer the work queue ({Error}); waiting")]
    private static partial void LogStorageDown(ILogger logger, string error);
}
