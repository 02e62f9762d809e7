using Intake.Azure.Downloads;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Downloads;

/// <summary>
/// <c>GET /d/{token}</c>: the download link in the answer. The link is never itself a storage URL:
/// each use is recorded in the audit trail (<see cref="RecordDownload"/>), then a fresh read-only
/// SAS of a few minutes is minted for the export and the browser is redirected to it. Once the
/// download period is over the export is deleted and the link answers 410.
/// </summary>
public static class DownloadHandler
{
    public static Task<IResult> GetAsync(HttpContext http, string token, string? lang, IRequestGateway gateway)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(gateway);
        return StorageTrouble.GuardAsync(
            http,
            async cancellationToken =>
            {
                if (lang is not null && !PageLanguage.IsOffered(lang))
                {
                    return Results.NotFound();
                }

                var services = http.RequestServices;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var check = await services.GetRequiredService<LinkGate>().CheckAsync(token, now, cancellationToken);
                if (check.Token is not { Action: LinkNames.Download, Audience: TokenAudience.Person } claims
                    || !RequestId.TryParse(claims.Scope, out var parsed)
                    || parsed.Value.Value != claims.Scope)
                {
                    return LinkPages.Invalid(http.Request, lang);
                }

                var id = parsed.Value;
                var switchPath = "/d/" + token;
                var state = await gateway.FindAsync(id, cancellationToken);
                var texts = LinkTexts.For(Language(http, lang, state));
                if (check.Status == TokenStatus.Expired || state is null)
                {
                    return Ended(texts, switchPath);
                }

                if (state is not { Stage: Stage.Delivered, Export: { } export, DownloadExpiresAt: { } expires } || expires <= now)
                {
                    // Delivered once and closed since: the export was deleted with the end of the period.
                    return state.DeliveredAt is not null
                        ? Ended(texts, switchPath)
                        : LinkPages.Message(texts.Language, texts.DownloadNotReadyTitle, StatusCodes.Status404NotFound, switchPath, texts.DownloadNotReadyBody);
                }

                // Every use is audited before the storage URL exists, so no download goes unrecorded.
                var recorded = await gateway.SendAsync(id, new RecordDownload(now, Actor.Person), null, cancellationToken);
                if (recorded.Outcome == GatewayOutcome.Rejected)
                {
                    return Ended(texts, switchPath);
                }

                var sas = await services.GetRequiredService<ExportSas>().MintAsync(export.BlobName, Path.GetFileName(export.BlobName), cancellationToken);
                PageResult.ApplySecurityHeaders(http.Response);
                return Results.Redirect(sas.AbsoluteUri, permanent: false);
            },
            () => LinkPages.Unavailable(http, lang));
    }

    private static IResult Ended(LinkTexts texts, string switchPath) =>
        LinkPages.Message(texts.Language, texts.DownloadGoneTitle, StatusCodes.Status410Gone, switchPath, texts.DownloadGoneBody);

    private static Language Language(HttpContext http, string? lang, RequestState? state) =>
        lang is null && state?.Request?.Language is { } language
            ? PageLanguage.Offered.Contains(language) ? language : Core.Requests.Language.En
            : PageLanguage.From(http.Request, lang);
}
