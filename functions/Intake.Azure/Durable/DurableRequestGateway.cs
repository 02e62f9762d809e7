using Intake.Azure.Engine;
using Intake.Core.Gateway;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Serialization;

namespace Intake.Azure.Durable;

/// <summary>
/// The gateway in Durable Functions mode. The orchestration is the only writer of a request, so
/// commands are not decided here but handed over (<see cref="GatewayOutcome.Queued"/>); the read
/// model shows the outcome a moment later. A single-use link is spent in Table storage before its
/// command is raised, and given back if raising fails, so a link acts at most once.
/// </summary>
public sealed class DurableRequestGateway(IOrchestrationClient orchestrations, TableRequestStore store, TimeProvider time) : IRequestGateway
{
    public async Task<GatewayResult> SubmitAsync(SubmitRequest command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);

        // A submission the decider refuses is answered at once, not by an instance that would only
        // record the refusal and end.
        if (RequestDecider.Decide(RequestState.Initial, command).Rejection is { } rejection)
        {
            return GatewayResult.Rejected(rejection, null);
        }

        // Scheduling over an existing instance id would restart (or terminate) that request.
        if (await orchestrations.GetStatusAsync(command.Id, cancellationToken) != OrchestrationStatus.None)
        {
            return GatewayResult.Rejected(new Rejection(RejectionCode.AlreadyExists, "This request already exists."), null);
        }

        await orchestrations.ScheduleAsync(command.Id, IntakeJson.Serialize(RequestOrchestrationInput.Start(command)), cancellationToken);
        return GatewayResult.Queued;
    }

    public async Task<GatewayResult> SendAsync(RequestId id, RequestCommand command, LinkUse? link = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        switch (await orchestrations.GetStatusAsync(id, cancellationToken))
        {
            case OrchestrationStatus.None:
                return GatewayResult.Rejected(new Rejection(RejectionCode.NotFound, "There is no such request."), null);
            case OrchestrationStatus.Ended:
                // The engine drops events for an ended instance; say so instead of queueing into nothing.
                return GatewayResult.Rejected(new Rejection(RejectionCode.Closed, "The request is closed."), null);
        }

        if (link is not null && !await store.TrySpendLinkAsync(id, link.TokenId, time.GetUtcNow(), cancellationToken))
        {
            return GatewayResult.LinkAlreadyUsed;
        }

        try
        {
            await orchestrations.RaiseCommandAsync(id, IntakeJson.Serialize(command), cancellationToken);
        }
        catch (Exception) when (link is not null)
        {
            // The command never reached the request: give the link back so the person can use it again.
            await store.UnspendLinkAsync(id, link.TokenId, CancellationToken.None);
            throw;
        }

        return GatewayResult.Queued;
    }

    public async Task<RequestState?> FindAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var stored = await store.LoadAsync(id, cancellationToken);
        return stored?.State is { Stage: not Stage.Purged } state ? state : null;
    }
}
