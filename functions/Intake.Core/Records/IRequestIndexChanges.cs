namespace Intake.Core.Records;

/// <summary>A summary with the instant storage wrote it (storage's clock, not ours).</summary>
public sealed record IndexedSummary(RequestSummary Summary, DateTimeOffset WrittenAt);

/// <summary>
/// The summaries of a controller written since an instant: what lets a reader keep a copy of the
/// index and fetch only what changed, instead of every row on every read.
/// </summary>
public interface IRequestIndexChanges
{
    /// <summary>
    /// The summaries of <paramref name="controller"/> written at or after <paramref name="since"/>
    /// (every one when null), in no particular order. Rows are replaced, never deleted, so a purge
    /// shows up here as a changed row.
    /// </summary>
    IAsyncEnumerable<IndexedSummary> ListWrittenSinceAsync(string controller, DateTimeOffset? since, CancellationToken cancellationToken = default);
}
