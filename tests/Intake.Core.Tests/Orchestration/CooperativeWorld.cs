using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Sources;
using Intake.Core.Tests.Process;

namespace Intake.Core.Tests.Orchestration;

/// <summary>
/// Healthy outside systems: every source answers its run at once, the export is assembled, the
/// recipients are told, mail goes out. Results carry the engine's current time, as an activity's
/// result is recorded when it completes.
/// </summary>
internal sealed class CooperativeWorld(ScriptedEngine engine) : IEffectExecutor
{
    public List<Effect> Executed { get; } = [];

    /// <summary>Runs once for each effect before it is answered, e.g. to raise a command meanwhile.</summary>
    public Action<Effect>? During { get; set; }

    public Task<RequestCommand?> ExecuteAsync(RequestState state, Effect effect, CancellationToken cancellationToken = default)
    {
        Executed.Add(effect);
        During?.Invoke(effect);
        var at = engine.Now;
        RequestCommand? result = effect switch
        {
            RunSource run => new RecordSourceReceipt(at, Actor.Source(run.SourceId), Given.Receipt(run.SourceId, run.Action, run.Action == SourceAction.Export ? SourceOutcome.Exported : SourceOutcome.Applied, at)),
            AssembleExport => new RecordExport(at, Actor.System, Given.Export),
            NotifyRecipients => new RecordRecipientsNotified(at, Actor.System, ["Insurer"]),
            _ => null,
        };
        return Task.FromResult(result);
    }
}
