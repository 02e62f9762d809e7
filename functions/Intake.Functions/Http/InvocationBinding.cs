using Intake.Functions.Gateway;
using Microsoft.DurableTask.Client;

namespace Intake.Functions.Http;

/// <summary>
/// Binds the invocation's Durable client so the shared handlers reach the orchestrations. The
/// function class, its handlers and this binding are all resolved from the invocation's scope, so
/// the gateway bound here is the one the handlers were given.
/// </summary>
public sealed class InvocationBinding(InvocationGateway invocation, RequestGatewayFactory gateways)
{
    public void Bind(DurableTaskClient client) => invocation.Bind(gateways.For(client));
}
