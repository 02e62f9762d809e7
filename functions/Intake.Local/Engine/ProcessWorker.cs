using DurableTask.AzureStorage;
using DurableTask.Core;
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
public sealed partial class ProcessWorker(
    AzureStorageOrchestrationService service,
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

    private TaskHubWorker? worker;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
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
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { MaximumTimerInterval = MaximumTimerInterval }, loggerFactory);
        worker = new TaskHubWorker(service, loggerFactory);
        worker.AddTaskOrchestrations(new ShimCreator<TaskOrchestration>(
            ProcessNames.Orchestrator,
            () => shims.CreateOrchestration(new TaskName(ProcessNames.Orchestrator), new RequestProcess(), parent: null)));
        worker.AddTaskActivities(
            new ShimCreator<TaskActivity>(ProcessNames.RunEffect, () => shims.CreateActivity(new TaskName(ProcessNames.RunEffect), services.GetRequiredService<RunEffect>())),
            new ShimCreator<TaskActivity>(ProcessNames.PublishRequest, () => shims.CreateActivity(new TaskName(ProcessNames.PublishRequest), services.GetRequiredService<PublishRequest>())));
        await worker.StartAsync();
        LogStarted(logger);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
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

    public async ValueTask DisposeAsync()
    {
        if (worker is not null)
        {
            await worker.StopAsync(isForced: true);
            worker = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The engine did not stop within the shutdown time (storage unreachable?); its leases run out on their own")]
    private static partial void LogStopAbandoned(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "The request process runs on the Durable Task Framework (Azure Storage backend)")]
    private static partial void LogStarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The task hub could not be created yet ({Error}), attempt {Attempt}; waiting for storage")]
    private static partial void LogWaiting(ILogger logger, string error, int attempt);
}
