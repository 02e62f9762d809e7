using Intake.Functions.Gateway;
using Intake.Orchestration.Retention;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Intake.Functions.Retention;

/// <summary>The binding of the history sweep the local host runs as a background service: the same <see cref="HistoryPurge"/>, daily.</summary>
public sealed class HistoryPurgeFunction(HistoryRetention retention, TimeProvider time, ILogger<HistoryPurge> logger)
{
    /// <summary>03:15 UTC daily, outside office hours in Finland and Estonia.</summary>
    public const string Schedule = "0 15 3 * * *";

    [Function("PurgeEndedRequestHistory")]
    public Task RunAsync(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var purge = new HistoryPurge(RequestGatewayFactory.ForClient(client), retention, time, logger);
        return purge.RunAsync(context.CancellationToken);
    }
}
