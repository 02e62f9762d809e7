using Intake.Core.Process.Commands;

namespace Intake.Core.Process.Effects;

/// <summary>
/// Carries out one effect (send a mail, run a source, assemble the export, …) and returns the
/// command that records its result, if the process needs one. The engine runs effects at least
/// once, so an implementation must be idempotent by <see cref="Effect.Id"/>. Failures throw: the
/// engine retries by policy, then the process parks the request for staff.
/// </summary>
public interface IEffectExecutor
{
    Task<RequestCommand?> ExecuteAsync(RequestState state, Effect effect, CancellationToken cancellationToken = default);
}
