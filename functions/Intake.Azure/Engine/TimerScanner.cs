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
            catch (global::Azure.RequestFailedException e)
            {
                LogStorageDown(logger, e.Status);
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
                await engine.ExecuteAsync(entry.Request, new Tick(now, Actor.System), cancellationToken: cancellationToken);
            }

            await RequeueStrandedAsync(entry, now, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage did not answer the timer scan (status {Status}); waiting")]
    private static partial void LogStorageDown(ILogger logger, int status);
}
