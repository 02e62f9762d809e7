using Intake.Core.Gateway;
using Intake.Core.Records;
using Intake.Orchestration.Client;
using Microsoft.DurableTask.Client;

namespace Intake.Functions.Gateway;

/// <summary>
/// The Durable client reaches a function only as a <c>[DurableClient]</c> parameter, one per call;
/// an HTTP function turns it into the same <see cref="ProcessGateway"/> the local host uses.
/// </summary>
public sealed class RequestGatewayFactory(IRequestRecords records, ProcessGatewayOptions options, TimeProvider time)
{
    public IRequestGateway For(DurableTaskClient client) => new ProcessGateway(ForClient(client), records, options, time);

    public static IProcessClient ForClient(DurableTaskClient client) => new DurableTaskProcessClient(client);
}
