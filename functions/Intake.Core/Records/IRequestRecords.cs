using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Core.Process.Events;
using Intake.Core.Requests;

namespace Intake.Core.Records;

/// <summary>
/// The request record: what pages and staff read (the state as of the last published event), the
/// hash-chained audit trail of every event, and the single-use links already spent. The durable
/// engine keeps its own history only while an instance runs and cuts it short on every
/// continue-as-new; the record is what outlives it, for the retention period.
/// </summary>
public interface IRequestRecords
{
    /// <summary>The record as last published, or null when there is none (never opened, or purged).</summary>
    Task<RequestRecord?> LoadAsync(RequestId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="events"/>, which follow version <paramref name="fromVersion"/>, to the
    /// record: the state moves on by them, each is sealed onto the audit chain, and the links in
    /// <paramref name="spentLinks"/> are marked spent. Idempotent: events the record already holds
    /// are skipped, so a repeated call writes nothing twice. Nothing is written once the events end
    /// in the purge: the purge effect removes the record.
    /// </summary>
    Task PublishAsync(RequestId id, int fromVersion, IReadOnlyList<RequestEvent> events, IReadOnlyCollection<string> spentLinks, CancellationToken cancellationToken = default);

    /// <summary>Whether the single-use link with this key was spent on an accepted command.</summary>
    Task<bool> IsLinkSpentAsync(RequestId id, string linkKey, CancellationToken cancellationToken = default);

    /// <summary>The single-use links spent on the request, by token id, with when each was spent.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> SpentLinksAsync(RequestId id, CancellationToken cancellationToken = default);

    /// <summary>The audit trail, oldest first.</summary>
    Task<IReadOnlyList<AuditRecord>> AuditTrailAsync(RequestId id, CancellationToken cancellationToken = default);

    /// <summary>The requests still awaiting an answer, of one controller or of all.</summary>
    IAsyncEnumerable<RequestState> OpenRequestsAsync(string? controller, CancellationToken cancellationToken = default);

    /// <summary>Deletes the record, its audit trail and its spent links (retention ended).</summary>
    Task PurgeAsync(RequestId id, CancellationToken cancellationToken = default);
}
