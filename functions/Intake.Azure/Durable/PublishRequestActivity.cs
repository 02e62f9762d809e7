using Intake.Azure.Engine;
using Intake.Core.Serialization;

namespace Intake.Azure.Durable;

/// <summary>
/// The body of the <see cref="DurableNames.PublishRequest"/> activity: writes the read model that
/// status and staff pages show, and seals the new events onto the request's audit chain in Table
/// storage, which outlives the orchestration history that continue-as-new cuts short. Runs at least
/// once; the store skips versions it already holds, so a repeat writes nothing twice.
/// </summary>
public sealed class PublishRequestActivity(TableRequestStore store)
{
    public async Task RunAsync(string input, CancellationToken cancellationToken = default)
    {
        var work = IntakeJson.Deserialize<PublishWork>(input);
        if (!work.State.Exists)
        {
            // A submission the decider refused: there is no request to show or to audit.
            return;
        }

        await store.PublishAsync(work.State, work.NewEvents, cancellationToken);
    }
}
