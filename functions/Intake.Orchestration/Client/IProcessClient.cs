namespace Intake.Orchestration.Client;

/// <summary>
/// What the hosts need from the engine's client, with our own types at the edge. The local host
/// implements it on the Durable Task Framework's <c>TaskHubClient</c>, the Functions app on Durable
/// Functions' <c>DurableTaskClient</c>; <see cref="ProcessGateway"/> and <see cref="Retention.HistoryPurge"/>
/// are written once against it.
/// </summary>
public interface IProcessClient
{
    /// <summary>
    /// Starts <see cref="ProcessNames.Orchestrator"/> under <paramref name="instanceId"/>; false when
    /// an instance of that id exists already, in any status (the start is then not made: a retried
    /// submission never starts a second instance).
    /// </summary>
    Task<bool> StartAsync(string instanceId, string input, CancellationToken cancellationToken = default);

    /// <summary>Raises <paramref name="payload"/> (JSON text) as the event <paramref name="eventName"/>.</summary>
    Task RaiseAsync(string instanceId, string eventName, string payload, CancellationToken cancellationToken = default);

    /// <summary>The instance's status, or null when there is none (never started, or purged).</summary>
    Task<ProcessInstance?> GetAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Stops an instance for good; its history stays until purged.</summary>
    Task TerminateAsync(string instanceId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Deletes an ended instance's history and status; false when there was nothing to delete.</summary>
    Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Instances in any of <paramref name="statuses"/>.</summary>
    IAsyncEnumerable<ProcessInstance> ListAsync(IReadOnlyCollection<ProcessRuntimeStatus> statuses, CancellationToken cancellationToken = default);
}
