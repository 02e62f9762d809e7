using Intake.Azure.Durable;
using Microsoft.Azure.Functions.Worker;

namespace Intake.Functions.Activities;

/// <summary>The <see cref="DurableNames.PublishRequest"/> activity: read model and audit trail in Table storage.</summary>
public sealed class PublishRequestFunction(PublishRequestActivity activity)
{
    [Function(DurableNames.PublishRequest)]
    public Task RunAsync([ActivityTrigger] string input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return activity.RunAsync(input, context.CancellationToken);
    }
}
