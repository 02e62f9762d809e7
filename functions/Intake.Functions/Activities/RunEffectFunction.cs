using Intake.Azure.Durable;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Activities;

/// <summary>The <see cref="DurableNames.RunEffect"/> activity: one effect, run at least once, idempotent by its id.</summary>
public sealed class RunEffectFunction(RunEffectActivity activity)
{
    [Function(DurableNames.RunEffect)]
    public Task<string?> RunAsync([ActivityTrigger] string input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return activity.RunAsync(input, context.CancellationToken);
    }
}
