using Intake.Orchestration.Retention;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Engine;

/// <summary>The local host's sweep of ended instances' histories (the Functions app runs the same sweep on a timer).</summary>
public sealed partial class HistoryPurgeService(HistoryPurge purge, EngineSettings settings, TimeProvider time, ILogger<HistoryPurgeService> logger) : BackgroundService
{
    /// <summary>The first sweep waits a little, so a starting host first does the work people wait for.</summary>
    private static readonly TimeSpan FirstSweep = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = settings.HistoryPurgeInterval < FirstSweep ? settings.HistoryPurgeInterval : FirstSweep;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
                await purge.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is global::Azure.RequestFailedException or HttpRequestException or AggregateException or InvalidOperationException)
            {
                // Storage trouble: the next sweep tries again; nothing is lost by waiting.
                LogFailed(logger, e.GetType().Name);
            }

            wait = settings.HistoryPurgeInterval;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The history purge failed ({Error}); it runs again at the next sweep")]
    private static partial void LogFailed(ILogger logger, string error);
}
