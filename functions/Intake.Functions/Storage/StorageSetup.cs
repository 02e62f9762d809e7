using Intake.Adapters.Storage;
using Microsoft.Extensions.Hosting;

namespace Intake.Functions.Storage;

/// <summary>Creates the tables, queue and containers at start-up if they are missing, so the first request finds them.</summary>
internal sealed class StorageSetup(StorageClients clients) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => clients.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
