using Intake.Core.Requests;

namespace Intake.Core.Records;

/// <summary>
/// Who looked at a request's personal data, when, and on which page. Art 5(2) and Art 32 ask the
/// controller to show that access to personal data is controlled; a page that reveals a person's
/// request is a use of their data, so each view is written here before the page is served.
/// </summary>
public interface IViewLog
{
    /// <summary>Writes one view. A page whose view cannot be written is not shown: the log is the control.</summary>
    Task RecordAsync(ViewEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The views of one request, oldest first.</summary>
    Task<IReadOnlyList<ViewEntry>> ListAsync(RequestId request, CancellationToken cancellationToken = default);

    /// <summary>Deletes the views of a request; they go with the record when retention ends.</summary>
    Task PurgeAsync(RequestId request, CancellationToken cancellationToken = default);
}
