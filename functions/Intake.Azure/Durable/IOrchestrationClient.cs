using Intake.Core.Requests;

namespace Intake.Azure.Durable;

/// <summary>
/// What the gateway needs from the Durable client, with the instance id being the request id and
/// payloads being JSON text. The Functions app maps it onto <c>DurableTaskClient</c>.
/// </summary>
public interface IOrchestrationClient
{
    Task<OrchestrationStatus> GetStatusAsync(RequestId id, CancellationToken cancellationToken = default);

    /// <summary>Starts the request's orchestration with <paramref name="input"/>.</summary>
    Task ScheduleAsync(RequestId id, string input, CancellationToken cancellationToken = default);

    /// <summary>Raises <paramref name="command"/> as the <see cref="DurableNames.CommandEvent"/> event; returns once it is queued.</summary>
    Task RaiseCommandAsync(RequestId id, string command, CancellationToken cancellationToken = default);
}
