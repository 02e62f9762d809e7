using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;

namespace Intake.Azure.Engine;

/// <summary>The local host's gateway: commands are decided at once against Table storage.</summary>
public sealed class LocalRequestGateway(RequestEngine engine) : IRequestGateway
{
    public async Task<GatewayResult> SubmitAsync(SubmitRequest command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ToGateway(await engine.ExecuteAsync(command.Id, command, cancellationToken: cancellationToken));
    }

    public async Task<GatewayResult> SendAsync(RequestId id, RequestCommand command, LinkUse? link = null, CancellationToken cancellationToken = default) =>
        ToGateway(await engine.ExecuteAsync(id, command, link?.TokenId, cancellationToken: cancellationToken));

    public async Task<RequestState?> FindAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var stored = await engine.Store.LoadAsync(id, cancellationToken);
        return stored?.State is { Stage: not Stage.Purged } state ? state : null;
    }

    private static GatewayResult ToGateway(EngineResult result) => result switch
    {
        { LinkAlreadyUsed: true } => GatewayResult.LinkAlreadyUsed,
        { IsAccepted: true, State: { } state } => GatewayResult.Accepted(state),
        { Rejection: { } rejection } => GatewayResult.Rejected(rejection, result.State),
        _ => throw new InvalidOperationException("An engine result without a state or a rejection."),
    };
}
