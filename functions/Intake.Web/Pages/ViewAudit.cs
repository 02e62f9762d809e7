using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Web.Pages;

/// <summary>
/// Writes the view log entry of a page that shows a request's personal data, before the page is
/// answered. The write is not caught here: a view that cannot be logged is not shown (storage
/// trouble becomes the 503 page), because the log is the control that shows who saw the data.
/// </summary>
public sealed class ViewAudit(IViewLog log, TimeProvider time)
{
    public Task RecordAsync(RequestId request, ViewedPage page, ViewerKind viewer, string linkId, string? signedInAs, CancellationToken cancellationToken) =>
        log.RecordAsync(new ViewEntry(request, time.GetUtcNow(), page, viewer, linkId, signedInAs), cancellationToken);
}
