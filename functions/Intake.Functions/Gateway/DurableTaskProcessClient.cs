using System.Runtime.CompilerServices;
using Intake.Orchestration;
using Intake.Orchestration.Client;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Intake.Functions.Gateway;

/// <summary><see cref="IProcessClient"/> on Durable Functions' <see cref="DurableTaskClient"/>.</summary>
internal sealed class DurableTaskProcessClient(DurableTaskClient client) : IProcessClient
{
    private static readonly OrchestrationRuntimeStatus[] Dedupe =
    [
        OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended,
        OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated,
    ];

    public async Task<bool> StartAsync(string instanceId, string input, CancellationToken cancellationToken = default)
    {
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(ProcessNames.Orchestrator, input, new StartOrchestrationOptions(instanceId).WithDedupeStatuses(Dedupe), cancellationToken);
            return true;
        }
        catch (Exception)
        {
            // Another call started the same id in between: that start stands, this one is not made.
            if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, CancellationToken.None) is not null)
            {
                return false;
            }

            throw;
        }
    }

    public Task RaiseAsync(string instanceId, string eventName, string payload, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);

    public async Task<ProcessInstance?> GetAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        return metadata is null ? null : ToInstance(metadata);
    }

    public Task TerminateAsync(string instanceId, string reason, CancellationToken cancellationToken = default) =>
        client.TerminateInstanceAsync(instanceId, reason, cancellationToken);

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default) =>
        (await client.PurgeInstanceAsync(instanceId, cancellationToken)).PurgedInstanceCount > 0;

    public async IAsyncEnumerable<ProcessInstance> ListAsync(IReadOnlyCollection<ProcessRuntimeStatus> statuses, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var query = new OrchestrationQuery { Statuses = [.. statuses.Select(ToEngine)] };
        await foreach (var metadata in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            yield return ToInstance(metadata);
        }
    }

    private static ProcessInstance ToInstance(OrchestrationMetadata metadata) => new(
        metadata.InstanceId,
        metadata.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Pending => ProcessRuntimeStatus.Pending,
            OrchestrationRuntimeStatus.Running => ProcessRuntimeStatus.Running,
            OrchestrationRuntimeStatus.Completed => ProcessRuntimeStatus.Completed,
            OrchestrationRuntimeStatus.Failed => ProcessRuntimeStatus.Failed,
            OrchestrationRuntimeStatus.Suspended => ProcessRuntimeStatus.Suspended,
            _ => ProcessRuntimeStatus.Terminated,
        },
        metadata.SerializedCustomStatus,
        metadata.CreatedAt,
        metadata.LastUpdatedAt);

    private static OrchestrationRuntimeStatus ToEngine(ProcessRuntimeStatus status) => status switch
    {
        ProcessRuntimeStatus.Pending => OrchestrationRuntimeStatus.Pending,
        ProcessRuntimeStatus.Running or ProcessRuntimeStatus.ContinuedAsNew => OrchestrationRuntimeStatus.Running,
        ProcessRuntimeStatus.Completed => OrchestrationRuntimeStatus.Completed,
        ProcessRuntimeStatus.Failed => OrchestrationRuntimeStatus.Failed,
        ProcessRuntimeStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => OrchestrationRuntimeStatus.Terminated,
    };
}
