using Intake.Core.Records;
using Microsoft.DurableTask;

namespace Intake.Orchestration.Activities;

/// <summary>
/// <see cref="ProcessNames.PublishRequest"/>: appends a step's events to the request record (the
/// state pages show, the audit chain, the spent links). Runs at least once; the record skips events
/// it already holds, so a repeat writes nothing twice.
/// </summary>
public sealed class PublishRequest(IRequestRecords records) : TaskActivity<string, string?>
{
    public override Task<string?> RunAsync(TaskActivityContext context, string input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>The activity's work, for a host that binds activities itself (Azure Functions).</summary>
    public async Task<string?> ExecuteAsync(string input, CancellationToken cancellationToken)
    {
        var publication = Publication.Read(input);
        await records.PublishAsync(publication.Request, publication.FromVersion, publication.Events, publication.SpentLinks, cancellationToken);
        return null;
    }
}
