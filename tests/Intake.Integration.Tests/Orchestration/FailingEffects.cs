using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;

namespace Intake.Integration.Tests.Orchestration;

/// <summary>
/// The real effect executor with a fault put in front of it: effects of one kind throw the first
/// <c>failures</c> times they run (or always), as a mail service or a data source that is down would.
/// </summary>
internal sealed class FailingEffects(IEffectExecutor inner, Func<Effect, bool> affected, int failures) : IEffectExecutor
{
    private int failed;

    public int Runs { get; private set; }

    public async Task<RequestCommand?> ExecuteAsync(RequestState state, Effect effect, CancellationToken cancellationToken = default)
    {
        if (affected(effect))
        {
            lock (this)
            {
                Runs++;
                if (failed < failures)
                {
                    failed++;
                    throw new InvalidOperationException($"Simulated fault {failed} of {failures}.");
                }
            }
        }

        return await inner.ExecuteAsync(state, effect, cancellationToken);
    }
}
