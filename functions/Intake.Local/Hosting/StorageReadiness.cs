using Azure;
using Intake.Adapters.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Hosting;

/// <summary>
/// Creates the tables, queue and containers at start-up, waiting for storage if it is not up yet,
/// and answers whether storage is reachable now (for <c>/healthz</c>).
/// </summary>
public sealed partial class StorageReadiness(StorageClients clients, ILogger<StorageReadiness> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await clients.EnsureCreatedAsync(cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (attempt < 30)
            {
                LogWaiting(logger, e.Status, attempt);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One cheap round trip to the table service, bounded to a few seconds.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await foreach (var _ in clients.Table(clients.Options.RequestsTable).QueryAsync<global::Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return true;
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage not ready (status {Status}), attempt {Attempt}; waiting")]
    private static partial void LogWaiting(ILogger logger, int status, int attempt);
}
