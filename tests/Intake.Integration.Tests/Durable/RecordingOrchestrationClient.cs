using Intake.Azure.Durable;
using Intake.Core.Requests;

namespace Intake.Integration.Tests.Durable;

/// <summary>A Durable client that records what the gateway starts and raises, and can be told to fail raising.</summary>
internal sealed class RecordingOrchestrationClient : IOrchestrationClient
{
    public Dictionary<RequestId, OrchestrationStatus> Instances { get; } = [];

    public List<(RequestId Id, string Input)> Scheduled { get; } = [];

    public List<(RequestId Id, string Command)> Raised { get; } = [];

    /// <summary>When set, raising throws this, as a client does when the task hub cannot be reached.</summary>
    public Exception? RaiseFailure { get; set; }

    public Task<OrchestrationStatus> GetStatusAsync(RequestId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Instances.GetValueOrDefault(id, OrchestrationStatus.None));

    public Task ScheduleAsync(RequestId id, string input, CancellationToken cancellationToken = default)
    {
        Scheduled.Add((id, input));
        Instances[id] = OrchestrationStatus.Active;
        return Task.CompletedTask;
    }

    public Task RaiseCommandAsync(RequestId id, string command, CancellationToken cancellationToken = default)
    {
        if (RaiseFailure is { } failure)
        {
            return Task.FromException(failure);
        }

        Raised.Add((id, command));
        return Task.CompletedTask;
    }
}
