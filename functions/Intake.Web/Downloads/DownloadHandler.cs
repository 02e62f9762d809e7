using Intake.Core.Downloads;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Downloads;

/// <summary>
/// The download link in the answer, in two steps. <c>GET /d/{token}</c> checks the link and shows a
/// page with a button; it records nothing and mints nothing, because mail scanners and link
/// previews open links before people do, and a scanner's visit must not count as the person's
/// download. <c>POST /d/{token}</c> (the button, with an antiforgery token of that page) records the
/// download in the audit trail (<see cref="RecordDownload"/>), then mints a fresh read-only SAS of a
/// few minutes and redirects to it. The link is never itself a storage URL. Once the download
/// period is over the export is deleted and the link answers 410.
/// </summary>
public sealed class DownloadHandler(
    IRequestGateway gateway,
    LinkGate links,
    IExportUrls exports,
    IAntiforgery antiforgery,
    TimeProvider time,
    StorageTrouble trouble)
{
    /// <summary>The page with the button; changes nothing.</summary>
    public Task<IResult> GetAsync(HttpContext http, string token, string? lang) =>
        WithDownloadAsync(http, token, lang, (download, _) => Task.FromResult(Page(http, download)));

    /// <summary>The person pressed the button: the download is recorded, then the browser goes to a fresh SAS.</summary>
    public Task<IResult> PostAsync(HttpContext http, string token, string? lang) =>
        WithDownloadAsync(http, token, lang, async (download, cancellationToken) =>
        {
            if (!http.Request.HasFormContentType
                || !await antiforgery.IsRequestValidAsync(http))
            {
                return LinkPages.FormExpired(download.Texts, download.SwitchPath);
            }

            // Every use is audited before the storage URL exists, so no download goes unrecorded.
            var now = time.GetUtcNow();
            var recorded = await gateway.SendAsync(download.Id, new RecordDownload(now, Actor.Person), null, cancellationToken);
            if (recorded.Outcome == GatewayOutcome.Rejected)
            {
                return Ended(download.Texts, download.SwitchPath);
            }

            var sas = await exports.MintAsync(download.Export.BlobName, Path.GetFileName(download.Export.BlobName), cancellationToken);
            PageResult.ApplySecurityHeaders(http.Response);
            return Results.Redirect(sas.AbsoluteUri, permanent: false);
        });

    /// <summary>Checks the token and the request; a download that can be had goes to <paramref name="handle"/>, anything else is its page.</summary>
    private Task<IResult> WithDownloadAsync(HttpContext http, string token, string? lang, Func<ReadyDownload, CancellationToken, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(http);
        return trouble.GuardAsync(
            http,
            async cancellationToken =>
            {
                if (lang is not null && !PageLanguage.IsOffered(lang))
                {
                    return Results.NotFound();
                }

                var now = time.GetUtcNow();
                var check = await links.CheckAsync(token, now, cancellationToken);
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

                var zone = state.DeadlinePolicy?.TimeZoneId ?? LocalTimes.DefaultZone;
                return await handle(new ReadyDownload(id, export, texts, switchPath, LocalTimes.Format(expires, zone, texts)), cancellationToken);
            },
            () => LinkPages.Unavailable(http, lang));
    }

    private IResult Page(HttpContext http, ReadyDownload download)
    {
        var page = PageView.Of<DownloadPage>(new Dictionary<string, object?>
        {
            [nameof(DownloadPage.Texts)] = download.Texts,
            [nameof(DownloadPage.Until)] = download.Until,
            [nameof(DownloadPage.FormAction)] = (http.Request.PathBase + http.Request.Path).ToString(),
            [nameof(DownloadPage.SwitchPath)] = download.SwitchPath,
            [nameof(DownloadPage.Tokens)] = antiforgery.GetAndStoreTokens(http),
        });
        // The button's answer redirects to storage: the browser must be let follow a form there.
        return new PageResult(page, StatusCodes.Status200OK, exports.Origin);
    }

    private static IResult Ended(LinkTexts texts, string switchPath) =>
        LinkPages.Message(texts.Language, texts.DownloadGoneTitle, StatusCodes.Status410Gone, switchPath, texts.DownloadGoneBody);

    private static Language Language(HttpContext http, string? lang, RequestState? state) =>
        lang is null && state?.Request?.Language is { } language
            ? language
            : PageLanguage.From(http.Request, lang);

    /// <summary>A delivered export within its download period, and how to speak of it.</summary>
    private sealed record ReadyDownload(RequestId Id, ExportSummary Export, LinkTexts Texts, string SwitchPath, string Until);
}
