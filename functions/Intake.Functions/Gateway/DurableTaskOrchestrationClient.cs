using Intake.Azure.Durable;
using Intake.Core.Requests;
using Intake.Functions.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Intake.Functions.Gateway;

/// <summary><see cref="IOrchestrationClient"/> on Durable Task's <see cref="DurableTaskClient"/>.</summary>
internal sealed class DurableTaskOrchestrationClient(DurableTaskClient client) : IOrchestrationClient
{
    public async Task<OrchestrationStatus> GetStatusAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var instance = await client.GetInstanceAsync(id.Value, getInputsAndOutputs: false, cancellationToken);
        return instance?.RuntimeStatus switch
        {
            null => OrchestrationStatus.None,
            OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
                or OrchestrationRuntimeStatus.Terminated => OrchestrationStatus.Ended,

            // Pending, running, suspended (events wait until it resumes), or between two runs.
            _ => OrchestrationStatus.Active,
        };
    }

    public Task ScheduleAsync(RequestId id, string input, CancellationToken cancellationToken = default) =>
        client.ScheduleNewOrchestrationInstanceAsync(nameof(RequestOrchestrator), input, new StartOrchestrationOptions(InstanceId: id.Value), cancellationToken);

    public Task RaiseCommandAsync(RequestId id, string command, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(id.Value, DurableNames.CommandEvent, command, cancellationToken);
}
