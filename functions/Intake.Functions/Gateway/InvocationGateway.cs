using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;

namespace Intake.Functions.Gateway;

/// <summary>
/// The gateway of one function invocation. The Durable client reaches a function only as a
/// <c>[DurableClient]</c> parameter, so each HTTP function binds it here before calling the
/// shared handler; handlers and services resolve <see cref="IRequestGateway"/> from the same
/// invocation scope (the ASP.NET Core integration makes the request's services that scope).
/// </summary>
public sealed class InvocationGateway : IRequestGateway
{
    private IRequestGateway? bound;

    public void Bind(IRequestGateway gateway) => bound = gateway;

    public Task<GatewayResult> SubmitAsync(SubmitRequest command, CancellationToken cancellationToken = default) =>
        Gateway.SubmitAsync(command, cancellationToken);

    public Task<GatewayResult> SendAsync(RequestId id, RequestCommand command, LinkUse? link = null, CancellationToken cancellationToken = default) =>
        Gateway.SendAsync(id, command, link, cancellationToken);

    public Task<RequestState?> FindAsync(RequestId id, CancellationToken cancellationToken = default) =>
        Gateway.FindAsync(id, cancellationToken);

    private IRequestGateway Gateway => bound
        ?? throw new InvalidOperationException("No Durable client was bound for this invocation: the function must take a [DurableClient] parameter and bind it.");
}
