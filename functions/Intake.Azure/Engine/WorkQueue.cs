using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Intake.Core.Requests;

namespace Intake.Azure.Engine;

/// <summary>
/// Effect ids waiting to be run. A message only points at an outbox row; the row is the truth, so
/// a lost message is recovered from the outbox and a duplicate finds its effect already done.
/// </summary>
public sealed class WorkQueue(QueueClient queue)
{
    public QueueClient Queue => queue;

    public async Task EnqueueAsync(RequestId request, string effectId, TimeSpan? delay = null, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new WorkItemWire(request.Value, effectId));
        await queue.SendMessageAsync(body, visibilityTimeout: delay, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<WorkItem>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken = default)
    {
        var response = await queue.ReceiveMessagesAsync(max, visibility, cancellationToken);
        var items = new List<WorkItem>();
        foreach (var message in response.Value)
        {
            WorkItemWire? wire = null;
            try
            {
                wire = JsonSerializer.Deserialize<WorkItemWire>(message.Body.ToString());
            }
            catch (JsonException)
            {
                // Not ours: dropped below.
            }

            if (wire is null || !RequestId.TryParse(wire.R, out var id) || string.IsNullOrEmpty(wire.E))
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                continue;
            }

            items.Add(new WorkItem(id.Value, wire.E, message.MessageId, message.PopReceipt, (int)message.DequeueCount));
        }

        return items;
    }

    public async Task CompleteAsync(WorkItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await queue.DeleteMessageAsync(item.MessageId, item.PopReceipt, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The visibility timeout ran out and another worker took (and finished) it.
        }
    }

    /// <summary>Puts a failed item back after a delay (whole seconds, at least one: the queue counts in seconds), so retries back off.</summary>
    public async Task RetryLaterAsync(WorkItem item, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var seconds = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(delay.TotalSeconds)));
        try
        {
            await queue.UpdateMessageAsync(item.MessageId, item.PopReceipt, visibilityTimeout: seconds, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone.
        }
    }

    private sealed record WorkItemWire(string R, string E);
}

/// <summary>A received queue message naming one effect of one request.</summary>
public sealed record WorkItem(RequestId Request, string EffectId, string MessageId, string PopReceipt, int DequeueCount);
