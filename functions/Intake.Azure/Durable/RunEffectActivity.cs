using Intake.Core.Orchestration;
using Intake.Core.Process.Commands;
using Intake.Core.Serialization;

namespace Intake.Azure.Durable;

/// <summary>
/// The body of the <see cref="DurableNames.RunEffect"/> activity: reads the work, runs the effect,
/// and hands back the command that records its result as JSON text (or null). A throw is the
/// engine's to retry; the executor is idempotent by effect id, so a retried or repeated run acts once.
/// </summary>
public sealed class RunEffectActivity(IEffectExecutor executor)
{
    public async Task<string?> RunAsync(string input, CancellationToken cancellationToken = default)
    {
        var work = IntakeJson.Deserialize<EffectWork>(input);
        var result = await executor.ExecuteAsync(work.State, work.Effect, cancellationToken);
        return result is null ? null : IntakeJson.Serialize<RequestCommand>(result);
    }
}
