using System.Text.Json;
using Intake.Core.DataMaps;
using Intake.Core.Audit;
using Intake.Core.Gateway;
using Intake.Core.Process.Events;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Serialization;
using Intake.Web.Links;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// <c>GET /staff/{token}/requests/{id}</c>: one open or closed request of the overview's controller,
/// its whole story, the hash chain checked entry by entry on every view. The view is logged before
/// the page is made: if the log cannot be written, the page is not shown (503).
/// </summary>
public sealed class RequestDetailHandler(StaffGate staff, IRequestGateway gateway, IRequestRecords records, IViewLog views, ViewAudit audit, IDataMapCatalog maps)
{
    public Task<IResult> GetAsync(HttpContext http, string token, string id, string? lang)
    {
        return staff.GuardAsync(http, token, lang, async (access, cancellationToken) =>
        {
            // Another controller's request answers exactly like one that does not exist.
            if (!RequestId.TryParse(id, out var requestId)
                || await gateway.FindAsync(requestId.Value, cancellationToken) is not { } state
                || state.Controller != access.Controller.Id)
            {
                return LinkPages.Message(access.Language, access.Texts.GoneTitle, StatusCodes.Status404NotFound, access.Path, access.Texts.GoneBody);
            }

            await audit.RecordAsync(state.Id, ViewedPage.StaffDetail, ViewerKind.Staff, access.LinkId, access.SignedInAs, cancellationToken);
            var trail = await records.AuditTrailAsync(requestId.Value, cancellationToken);
            var spent = await records.SpentLinksAsync(requestId.Value, cancellationToken);
            var viewed = await views.ListAsync(requestId.Value, cancellationToken);
            var story = new RequestStory(state, trail, AuditChain.Verify(trail), Events(trail), spent, viewed);
            return RequestDetailPage.Result(access, story, maps, http.Request.PathBase);
        });
    }

    /// <summary>The events behind the audit entries; an entry whose payload no longer reads is left out here and still shown by its name.</summary>
    private static IReadOnlyList<(int Sequence, RequestEvent Event)> Events(IReadOnlyList<AuditRecord> trail)
    {
        var events = new List<(int, RequestEvent)>();
        foreach (var record in trail)
        {
            try
            {
                events.Add((record.Sequence, IntakeJson.Deserialize<RequestEvent>(record.Payload)));
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                // A tampered payload: the chain verdict already says so.
            }
        }

        return events;
    }
}
