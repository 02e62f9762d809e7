using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;

namespace Intake.Core.Orchestration;

/// <summary>
/// Carries out one effect (send a mail, run a source, assemble the export, …) and returns the
/// command that records its result, if the process needs one. Both drivers use the same
/// implementation; it must be idempotent by <see cref="Effect.Id"/>, because both run effects at
/// least once. Failures throw: the driver retries, then parks the request.
/// </summary>
public interface IEffectExecutor
{
    Task<RequestCommand?> ExecuteAsync(RequestState state, Effect effect, CancellationToken cancellationToken = default);
}
