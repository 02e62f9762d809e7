using Intake.Azure.Storage;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Microsoft.Extensions.Logging;

namespace Intake.Azure.Engine;

/// <summary>
/// Wakes requests whose timers are due (reminders, expiries, retries, purge) and re-queues effects
/// a crashed process left pending. Reads only what is due: see <see cref="WakeIndex"/>.
/// </summary>
public sealed partial class TimerScanner(RequestEngine engine, ILogger<TimerScanner> logger)
{
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await ScanOnceAsync(500, stoppingToken);
                if (handled >= 500)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (StorageFailure.Is(e))
            {
                // The scan resumes where it stopped once storage answers again.
                LogStorageDown(logger, e.GetType().Name);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A bug in one wake-up must not stop every timer: log and scan again.
                LogUnexpected(logger, e);
            }

            try
            {
                await Task.Delay(engine.Options.ScanInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Handles every entry due now (at most <paramref name="max"/>); returns how many.</summary>
    public async Task<int> ScanOnceAsync(int max, CancellationToken cancellationToken = default)
    {
        var now = engine.Time.GetUtcNow();
        var due = await engine.Wake.DueAsync(now, max, cancellationToken);
        foreach (var entry in due)
        {
            await WakeAsync(entry, now, cancellationToken);
        }

        if (due.Count < max)
        {
            await engine.Wake.AdvanceAsync(now, cancellationToken);
        }

        return due.Count;
    }

    private async Task WakeAsync(WakeEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await engine.Store.LoadAsync(entry.Request, cancellationToken);
        if (stored is not null)
        {
            if (stored.NextWake is { } next && next <= now)
            {
                var ticked = await engine.ExecuteAsync(entry.Request, new Tick(now, Actor.System), cancellationToken: cancellationToken);
                next = ticked.State is { } state ? RequestTimers.NextWake(state) ?? DateTimeOffset.MaxValue : next;
                stored = stored with { NextWake = next == DateTimeOffset.MaxValue ? null : next };
            }

            await RequeueStrandedAsync(entry, now, cancellationToken);

            // This entry may have been a recovery hint filed instead of the request's own timer:
            // file that timer again before the entry goes (a duplicate entry is harmless).
            if (stored.NextWake is { } later && later > now)
            {
                await engine.Wake.ScheduleAsync(entry.Request, later, now, cancellationToken);
            }
        }

        await engine.Wake.RemoveAsync(entry, cancellationToken);
    }

    /// <summary>Effects written by a decision but never queued (the process died in between), or whose worker died.</summary>
    private async Task RequeueStrandedAsync(WakeEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await engine.Store.PendingEffectsAsync(entry.Request, cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var stranded = pending.Where(e => e.CreatedAt + engine.Options.RecoveryDelay <= now && (e.LeaseUntil is null || e.LeaseUntil <= now)).ToList();
        foreach (var effect in stranded)
        {
            await engine.Queue.EnqueueAsync(entry.Request, effect.Effect.Id, cancellationToken: cancellationToken);
        }

        if (stranded.Count > 0)
        {
            LogRequeued(logger, entry.Request.Value, stranded.Count);
        }

        // Look again later while anything is pending, in case this process dies too.
        await engine.Wake.ScheduleAsync(entry.Request, now + engine.Options.RecoveryDelay + engine.Options.EffectLease, now, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} stranded effects of {RequestId} again")]
    private static partial void LogRequeued(ILogger logger, string requestId, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The timer scan hit an unexpected error; it carries on")]
    private static partial void LogUnexpected(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage did not answer the timer scan ({Error}); waiting")]
    private static partial void LogStorageDown(ILogger logger, string error);
}
