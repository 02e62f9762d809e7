using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// One unit of work on a store the connector reads and changes itself. Changes become durable
/// only on <see cref="CommitAsync"/>; SQL stores run them in one transaction, Azure Tables in
/// one batch per partition (the most the service allows).
/// </summary>
internal interface IRecordSession : IAsyncDisposable
{
    IAsyncEnumerable<FoundRow> FindAsync(PersonKeys person, CancellationToken cancellationToken);

    Task DeleteAsync(FoundRow row, CancellationToken cancellationToken);

    Task UpdateAsync(FoundRow row, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
