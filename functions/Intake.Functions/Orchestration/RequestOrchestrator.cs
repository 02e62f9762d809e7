using Intake.Azure.Durable;
using Intake.Core.Orchestration;
using Intake.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Intake.Functions.Orchestration;

/// <summary>
/// One instance per request, its instance id the request id. The loop itself is
/// <see cref="RequestOrchestration"/>, shared with the tests; this function only reads the input
/// and hands the loop a Durable-backed port. Orchestrator rules apply to everything it reaches:
/// no I/O, no wall clock, no random ids, no <c>ConfigureAwait(false)</c>.
/// </summary>
public static class RequestOrchestrator
{
    [Function(nameof(RequestOrchestrator))]
    public static async Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The input is IntakeJson text, so our polymorphic records never pass the engine's converter.
        var json = context.GetInput<string>() ?? throw new InvalidOperationException($"Instance {context.InstanceId} was started without input.");
        var input = IntakeJson.Deserialize<RequestOrchestrationInput>(json);
        var logger = context.CreateReplaySafeLogger(nameof(RequestOrchestrator));
        await RequestOrchestration.RunAsync(new DurableOrchestrationContext(new DurableTaskContext(context), logger), input);
    }
}
