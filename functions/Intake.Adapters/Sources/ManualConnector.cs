using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// A source only a person can search or change (a paper archive, a system without an API). The
/// receipt says staff must act, with the map's instructions; staff confirm through a link and
/// <see cref="ManualTaskConfirmer"/> turns what they state into the final receipt.
/// </summary>
public sealed class ManualConnector : IDataSourceConnector
{
    public string Kind => SourceKindNames.Manual;

    public Task<SourceReceipt> RunAsync(SourceJob job, IEvidenceWriter evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var instructions = job.Source.Instructions?.For(job.Language);
        return Task.FromResult(new SourceReceipt(job.Source.Id, job.Action, SourceOutcome.AwaitingStaff, 0, 0, [], instructions, null, job.Now));
    }
}
