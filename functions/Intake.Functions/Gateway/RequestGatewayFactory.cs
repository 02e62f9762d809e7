using Intake.Azure.Durable;
using Intake.Azure.Engine;
using Intake.Core.Gateway;
using Microsoft.DurableTask.Client;

namespace Intake.Functions.Gateway;

/// <summary>
/// The Durable client reaches a function only as a <c>[DurableClient]</c> parameter, one per call;
/// an HTTP function turns it into the <see cref="IRequestGateway"/> the shared handlers take.
/// </summary>
public sealed class RequestGatewayFactory(TableRequestStore store, TimeProvider time)
{
    public IRequestGateway For(DurableTaskClient client) => new DurableRequestGateway(new DurableTaskOrchestrationClient(client), store, time);
}
