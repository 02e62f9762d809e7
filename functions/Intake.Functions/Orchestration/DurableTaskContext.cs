using System.Text.Json;
using Intake.Azure.Durable;
using Microsoft.DurableTask;

namespace Intake.Functions.Orchestration;

/// <summary><see cref="IDurableContext"/> on Durable Task's <see cref="TaskOrchestrationContext"/>.</summary>
internal sealed class DurableTaskContext(TaskOrchestrationContext context) : IDurableContext
{
    public string InstanceId => context.InstanceId;

    public DateTime CurrentUtcDateTime => context.CurrentUtcDateTime;

    public async Task<ActivityResult> CallActivityAsync(string name, string input, ActivityRetry retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        var options = TaskOptions.FromRetryPolicy(new RetryPolicy(retry.MaxAttempts, retry.FirstRetryInterval, retry.BackoffCoefficient, retry.MaxRetryInterval));
        try
        {
            return ActivityResult.Completed(await context.CallActivityAsync<string?>(name, input, options));
        }
        catch (TaskFailedException e)
        {
            return ActivityResult.Failed(e.FailureDetails.ErrorType, e.FailureDetails.ErrorMessage);
        }
    }

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => context.CreateTimer(fireAt, cancellationToken);

    public async Task<string> WaitForExternalEvent(string eventName, CancellationToken cancellationToken)
    {
        // Read as any JSON, not as string: an event raised by hand with an object payload must reach
        // our reader (which drops it) instead of failing the engine's conversion and the instance.
        var payload = await context.WaitForExternalEvent<JsonElement>(eventName, cancellationToken);
        return payload.ValueKind == JsonValueKind.String ? payload.GetString()! : payload.GetRawText();
    }

    public void SetCustomStatus(object? customStatus) => context.SetCustomStatus(customStatus);

    public void ContinueAsNew(string input) => context.ContinueAsNew(input, preserveUnprocessedEvents: true);
}
