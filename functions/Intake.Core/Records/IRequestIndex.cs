namespace Intake.Core.Records;

/// <summary>
/// The summaries of every request, by controller: what the staff list and the accountability
/// report read, so neither has to open each record. Written as the record is published.
/// </summary>
public interface IRequestIndex
{
    /// <summary>
    /// Writes the summary, replacing the one before. The record's publisher calls it after the
    /// record itself is written, one publication at a time per request, so the index never runs
    /// ahead of the record.
    /// </summary>
    Task WriteAsync(RequestSummary summary, CancellationToken cancellationToken = default);

    /// <summary>Every summary of one controller, in no particular order.</summary>
    IAsyncEnumerable<RequestSummary> ListAsync(string controller, CancellationToken cancellationToken = default);
}
