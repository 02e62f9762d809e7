using Microsoft.DurableTask;

namespace Intake.Orchestration;

/// <summary>
/// The request process: one instance per request, its instance id the request reference, the same
/// code on both hosts — the local host runs it on the Durable Task Framework over Azurite, Azure
/// Functions runs it on Durable Functions. Each run is one generation (<see cref="ProcessGeneration"/>):
/// it handles one wake-up and continues as new. The output says why an instance ended: the record
/// was purged, or the submission was refused.
/// </summary>
public sealed class RequestProcess : TaskOrchestrator<string, string?>
{
    public override Task<string?> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);

        // An input that does not read is a start that bypassed the gateway: failing the instance is
        // right (the operator sees it; the history purge removes it after its retention).
        var carried = ProcessInput.Read(input ?? throw new InvalidOperationException($"Instance {context.InstanceId} was started without input."));
        return new ProcessGeneration(context, carried).RunAsync();
    }
}
