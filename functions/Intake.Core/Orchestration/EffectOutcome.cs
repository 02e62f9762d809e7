using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;

namespace Intake.Core.Orchestration;

/// <summary>How one effect ended: with an optional result command, or failed on every try.</summary>
public sealed record EffectOutcome(Effect Effect, RequestCommand? Result, string? Failure)
{
    public static EffectOutcome Done(Effect effect, RequestCommand? result) => new(effect, result, null);

    public static EffectOutcome Failed(Effect effect, string failure) => new(effect, null, failure);
}
