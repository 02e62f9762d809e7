using Intake.Orchestration;
using Intake.Orchestration.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Activities;

/// <summary>The bindings of the process's activities; their work is the shared <see cref="RunEffect"/> and <see cref="PublishRequest"/>.</summary>
public sealed class ProcessActivities(RunEffect runEffect, PublishRequest publishRequest)
{
    [Function(ProcessNames.RunEffect)]
    public Task<string?> RunEffectAsync([ActivityTrigger] string input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return runEffect.ExecuteAsync(input, context.CancellationToken);
    }

    [Function(ProcessNames.PublishRequest)]
    public Task<string?> PublishRequestAsync([ActivityTrigger] string input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return publishRequest.ExecuteAsync(input, context.CancellationToken);
    }
}
