using Intake.Azure.Engine;
using Microsoft.Extensions.Hosting;

namespace Intake.Local.Hosting;

/// <summary>Runs the effect worker and the timer scan for the life of the host; on shutdown, effects in flight finish.</summary>
public sealed class EngineHostedService(EffectWorker worker, TimerScanner scanner) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            Task.Run(() => worker.RunAsync(stoppingToken), CancellationToken.None),
            Task.Run(() => scanner.RunAsync(stoppingToken), CancellationToken.None));
}
