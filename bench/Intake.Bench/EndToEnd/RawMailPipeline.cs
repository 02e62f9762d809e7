using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Intake.Bench.EndToEnd;

/// <summary>
/// The bare storage path a verification mail must take, as the latency baseline: write a request
/// row, queue a message; a consumer that polls the queue with the engine's idle interval writes a
/// mail row for each message and deletes it; the observer polls for that row as it polls the
/// outbox. What the engine adds on top (deciding, the outbox row's claim, leases, composing the
/// mail) is the difference.
/// </summary>
public sealed class RawMailPipeline : IAsyncDisposable
{
    private readonly TableClient requests;
    private readonly TableClient mails;
    private readonly QueueClient queue;
    private readonly TimeSpan pollInterval;
    private readonly CancellationTokenSource stop = new();
    private Task? consumer;

    private RawMailPipeline(TableClient requests, TableClient mails, QueueClient queue, TimeSpan pollInterval)
    {
        this.requests = requests;
        this.mails = mails;
        this.queue = queue;
        this.pollInterval = pollInterval;
    }

    public static async Task<RawMailPipeline> StartAsync(string connectionString, string prefix, TimeSpan pollInterval)
    {
        var requests = new TableClient(connectionString, prefix + "requests");
        var mails = new TableClient(connectionString, prefix + "mails");
        var queue = new QueueClient(connectionString, prefix + "work");
        await requests.CreateIfNotExistsAsync();
        await mails.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();
        var pipeline = new RawMailPipeline(requests, mails, queue, pollInterval);
        pipeline.consumer = Task.Run(pipeline.ConsumeAsync);
        return pipeline;
    }

    /// <summary>Time from writing the request row until the mail row is visible.</summary>
    public async Task<TimeSpan> MeasureAsync(TimeSpan observerInterval)
    {
        var id = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        await requests.AddEntityAsync(new TableEntity(id, "request") { ["At"] = DateTimeOffset.UtcNow });
        await queue.SendMessageAsync(id);
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var row = await mails.GetEntityIfExistsAsync<TableEntity>("mail", id);
            if (row.HasValue)
            {
                return clock.Elapsed;
            }

            await Task.Delay(observerInterval);
        }

        throw new TimeoutException("The baseline mail row did not appear within 30 s.");
    }

    private async Task ConsumeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var received = await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), stop.Token);
                if (received.Value.Length == 0)
                {
                    await Task.Delay(pollInterval, stop.Token);
                    continue;
                }

                foreach (var message in received.Value)
                {
                    await mails.AddEntityAsync(new TableEntity("mail", message.Body.ToString()) { ["SentAt"] = DateTimeOffset.UtcNow }, stop.Token);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException)
            {
                // A hiccup of the shared Azurite: the message comes back after its visibility timeout.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (consumer is not null)
        {
            await consumer;
        }

        stop.Dispose();
    }
}
