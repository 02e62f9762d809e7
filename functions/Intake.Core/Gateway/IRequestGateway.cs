using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;

namespace Intake.Core.Gateway;

/// <summary>
/// How the HTTP surface reaches the process, whichever engine runs it. The local host decides at
/// once against stored state; the Functions host starts or signals an orchestration, which decides
/// a moment later (<see cref="GatewayOutcome.Queued"/>).
/// </summary>
public interface IRequestGateway
{
    /// <summary>Opens a request. The command carries the id, policy snapshot and sources.</summary>
    Task<GatewayResult> SubmitAsync(SubmitRequest command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a command to an existing request. With <paramref name="link"/>, the single-use link
    /// that carried the command is consumed together with it: exactly once, or not at all.
    /// </summary>
    Task<GatewayResult> SendAsync(RequestId id, RequestCommand command, LinkUse? link = null, CancellationToken cancellationToken = default);

    /// <summary>The request's current state, or null when there is none (or it was purged).</summary>
    Task<RequestState?> FindAsync(RequestId id, CancellationToken cancellationToken = default);
}
