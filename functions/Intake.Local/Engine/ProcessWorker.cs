using DurableTask.AzureStorage;
using DurableTask.Core;
using Intake.Adapters.Storage;
using Intake.Local.Hosting;
using Intake.Orchestration;
using Intake.Orchestration.Activities;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Engine;

/// <summary>
/// Runs the request process inside the local host on the Durable Task Framework: the task hub is
/// created if missing, the orchestrator and activities written on the Durable Task SDK are handed
/// to the framework through the SDK's own shims, and the worker polls the hub's queues. On shutdown
/// the worker stops after the work in hand.
/// </summary>
/// <remarks>
/// The worker watches storage. When storage comes back after an outage, the worker starts again on
/// a fresh connection to the hub: the framework keeps, in memory, messages whose completion failed
/// while storage was away and treats their redelivery as a duplicate, so without the restart such
/// a request waits until the host restarts (measured: more than 90 seconds after a 10-second
/// Azurite outage, and never for an activity whose result could not be sent). Effects are
/// idempotent by effect id, so work cut short by the restart is safely done again.
/// </remarks>
public sealed partial class ProcessWorker(
    StorageOptions storage,
    EngineSettings settings,
    StorageReadiness readiness,
    TimeProvider time,
    IServiceProvider services,
    ILoggerFactory loggerFactory,
    ILogger<ProcessWorker> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>
    /// Timers longer than this are split by the SDK. The process itself never waits longer than
    /// three days in one generation (ProcessGeneration.LongestWait), so this only guards the rule
    /// that a queue message cannot stay invisible beyond seven days.
    /// </summary>
    private static readonly TimeSpan MaximumTimerInterval = TimeSpan.FromDays(3);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private TaskHubWorker? worker;
    private Task? watch;

    /// <summary>How many times the worker started again after storage came back.</summary>
    public int Restarts { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            worker = await StartWorkerAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }

        LogStarted(logger);
        if (settings.StorageWatchInterval > TimeSpan.Zero)
        {
            watch = WatchStorageAsync(stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (watch is not null)
        {
            await watch.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (worker is not { } running)
            {
                return;
            }

            worker = null;
            try
            {
                // Not forced: effects in hand finish and record their result, and the partition leases
                // are given back so the next start takes them at once. With storage gone the framework
                // would wait for it without end; the host's shutdown time bounds the wait.
                await running.StopAsync(isForced: false).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                LogStopAbandoned(logger);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (worker is not null)
        {
            await worker.StopAsync(isForced: true);
            worker = null;
        }

        stopping.Dispose();
        gate.Dispose();
    }

    private async Task<TaskHubWorker> StartWorkerAsync(CancellationToken cancellationToken)
    {
        var service = TaskHubService.Create(storage, settings, loggerFactory);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await service.CreateIfNotExistsAsync();
                break;
            }
            catch (Exception e) when (attempt < 30 && !cancellationToken.IsCancellationRequested && e is global::Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
                // Storage may still be starting (Azurite a moment behind the host): wait and try again.
                LogWaiting(logger, e.GetType().Name, attempt);
                await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
            }
        }

        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { MaximumTimerInterval = MaximumTimerInterval }, loggerFactory);
        var started = new TaskHubWorker(service, loggerFactory);
        started.AddTaskOrchestrations(new ShimCreator<TaskOrchestration>(
            ProcessNames.Orchestrator,
            () => shims.CreateOrchestration(new TaskName(ProcessNames.Orchestrator), new RequestProcess(), parent: null)));
        started.AddTaskActivities(
            new ShimCreator<TaskActivity>(ProcessNames.RunEffect, () => shims.CreateActivity(new TaskName(ProcessNames.RunEffect), services.GetRequiredService<RunEffect>())),
            new ShimCreator<TaskActivity>(ProcessNames.PublishRequest, () => shims.CreateActivity(new TaskName(ProcessNames.PublishRequest), services.GetRequiredService<PublishRequest>())));
        await started.StartAsync();
        return started;
    }

    private async Task WatchStorageAsync(CancellationToken cancellationToken)
    {
        var wasAway = false;
        using var ticks = new PeriodicTimer(settings.StorageWatchInterval, time);
        try
        {
            while (await ticks.WaitForNextTickAsync(cancellationToken))
            {
                var reachable = await readiness.IsReachableAsync(cancellationToken);
                if (!reachable)
                {
                    wasAway = true;
                    continue;
                }

                if (wasAway)
                {
                    wasAway = false;
                    await RestartAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RestartAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (worker is { } old)
            {
                // Forced: the old worker's in-memory sessions are what must go; its leases are
                // taken over at once by the new worker, which has the same name.
                await old.StopAsync(isForced: true);
            }

            worker = await StartWorkerAsync(cancellationToken);
            Restarts++;
            LogRestarted(logger);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Storage went away again while restarting: the next tick that sees it back tries again.
            worker = null;
            LogRestartFailed(logger, e.GetType().Name);
        }
        finally
        {
            gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The engine did not stop within the shutdown time (storage unreachable?); its leases run out on their own")]
    private static partial void LogStopAbandoned(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "The request process runs on the Durable Task Framework (Azure Storage backend)")]
    private static partial void LogStarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is back after an outage; the engine started again on a fresh connection")]
    private static partial void LogRestarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The engine could not start again after the outage ({Error}); trying at the next check")]
    private static partial void LogRestartFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The task hub could not be created yet ({Error}), attempt {Attempt}; waiting for storage")]
    private static partial void LogWaiting(ILogger logger, string error, int attempt);
}
