using Intake.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Intake.Functions.Orchestration;

/// <summary>The binding of the request process: the same <see cref="RequestProcess"/> the local host runs, under the same name.</summary>
public static class RequestOrchestrator
{
    [Function(ProcessNames.Orchestrator)]
    public static Task<string?> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new RequestProcess().RunAsync(context, context.GetInput<string>()!);
    }
}
