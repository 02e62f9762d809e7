using System.Runtime.CompilerServices;
using DurableTask.AzureStorage;
using DurableTask.AzureStorage.Tracking;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using Intake.Orchestration;
using Intake.Orchestration.Client;

namespace Intake.Local.Engine;

/// <summary><see cref="IProcessClient"/> on the Durable Task Framework's client and its Azure Storage backend.</summary>
public sealed class TaskHubProcessClient(AzureStorageOrchestrationService service) : IProcessClient
{
    /// <summary>A start is refused while any instance of the id exists, whatever its status.</summary>
    private static readonly OrchestrationStatus[] Dedupe =
    [
        OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.ContinuedAsNew,
        OrchestrationStatus.Completed, OrchestrationStatus.Failed, OrchestrationStatus.Terminated,
        OrchestrationStatus.Canceled, OrchestrationStatus.Suspended,
    ];

    private readonly TaskHubClient client = new(service);

    public async Task<bool> StartAsync(string instanceId, string input, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.CreateOrchestrationInstanceAsync(ProcessNames.Orchestrator, string.Empty, instanceId, input, tags: null, dedupeStatuses: Dedupe);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }

    public Task RaiseAsync(string instanceId, string eventName, string payload, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, eventName, payload);

    public async Task<ProcessInstance?> GetAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var state = await client.GetOrchestrationStateAsync(instanceId);
        return state is null ? null : ToInstance(state);
    }

    public Task TerminateAsync(string instanceId, string reason, CancellationToken cancellationToken = default) =>
        client.TerminateInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason);

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var result = await service.PurgeInstanceHistoryAsync(instanceId);
        return result.InstancesDeleted > 0;
    }

    public async IAsyncEnumerable<ProcessInstance> ListAsync(IReadOnlyCollection<ProcessRuntimeStatus> statuses, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var condition = new OrchestrationInstanceStatusQueryCondition { RuntimeStatus = statuses.Select(ToEngine).ToList() };
        string? continuation = null;
        do
        {
            var page = await service.GetOrchestrationStateAsync(condition, 100, continuation, cancellationToken);
            foreach (var state in page.OrchestrationState)
            {
                yield return ToInstance(state);
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }

    private static ProcessInstance ToInstance(OrchestrationState state) => new(
        state.OrchestrationInstance.InstanceId,
        state.OrchestrationStatus switch
        {
            OrchestrationStatus.Pending => ProcessRuntimeStatus.Pending,
            OrchestrationStatus.Running => ProcessRuntimeStatus.Running,
            OrchestrationStatus.ContinuedAsNew => ProcessRuntimeStatus.ContinuedAsNew,
            OrchestrationStatus.Completed => ProcessRuntimeStatus.Completed,
            OrchestrationStatus.Failed => ProcessRuntimeStatus.Failed,
            OrchestrationStatus.Suspended => ProcessRuntimeStatus.Suspended,
            _ => ProcessRuntimeStatus.Terminated,
        },
        state.Status,
        new DateTimeOffset(DateTime.SpecifyKind(state.CreatedTime, DateTimeKind.Utc)),
        new DateTimeOffset(DateTime.SpecifyKind(state.LastUpdatedTime, DateTimeKind.Utc)));

    private static OrchestrationStatus ToEngine(ProcessRuntimeStatus status) => status switch
    {
        ProcessRuntimeStatus.Pending => OrchestrationStatus.Pending,
        ProcessRuntimeStatus.Running => OrchestrationStatus.Running,
        ProcessRuntimeStatus.ContinuedAsNew => OrchestrationStatus.ContinuedAsNew,
        ProcessRuntimeStatus.Completed => OrchestrationStatus.Completed,
        ProcessRuntimeStatus.Failed => OrchestrationStatus.Failed,
        ProcessRuntimeStatus.Suspended => OrchestrationStatus.Suspended,
        _ => OrchestrationStatus.Terminated,
    };
}
