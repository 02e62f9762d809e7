using Azure;
using Intake.Azure.Effects;
using Intake.Azure.Evidence;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Intake.Web.Forms;
using Intake.Web.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Staff;

/// <summary>
/// <c>GET /m/{token}</c>: the mandate an agent sent, for the staff member whose review mail carried
/// the link. The file is handed over as an attachment of the type its bytes were checked to be,
/// never rendered by the site itself, so a crafted file cannot run in the site's origin.
/// </summary>
public static class MandateHandler
{
    public static Task<IResult> GetAsync(HttpContext http, string token, IRequestGateway gateway)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(gateway);
        return StorageTrouble.GuardAsync(
            http,
            async cancellationToken =>
            {
                var services = http.RequestServices;
                var check = services.GetRequiredService<LinkTokenSigner>().Check(token, services.GetRequiredService<TimeProvider>().GetUtcNow());
                if (check.Token is not { Action: LinkNames.Mandate, Audience: TokenAudience.Staff } claims
                    || !RequestId.TryParse(claims.Scope, out var id)
                    || id.Value.Value != claims.Scope)
                {
                    return LinkPages.Invalid(http.Request, null);
                }

                if (check.Status == TokenStatus.Expired)
                {
                    var staffLanguage = services.GetService<LinkOptions>()?.StaffLanguage ?? Language.En;
                    return LinkPages.Expired(Texts.LinkTexts.For(staffLanguage), person: false, null, "/m/" + token);
                }

                if (await gateway.FindAsync(id.Value, cancellationToken) is not { Request.Agent.MandateDocument: { } blob }
                    || !blob.StartsWith(id.Value.Value + "/", StringComparison.Ordinal))
                {
                    return Results.NotFound();
                }

                var evidence = services.GetRequiredService<BlobEvidenceStore>();
                try
                {
                    var signIn = services.GetService<StaffSignInOptions>() ?? StaffSignInOptions.Off;
                    await Pages.ViewAudit.RecordAsync(http, id.Value, ViewedPage.Mandate, ViewerKind.Staff, claims.Id, signIn.RequireSignIn ? StaffPrincipal.From(http.Request)?.Name : null, cancellationToken);
                    var download = await evidence.Container.GetBlobClient(blob).DownloadStreamingAsync(cancellationToken: cancellationToken);
                    var headers = http.Response.Headers;
                    headers.CacheControl = "no-store";
                    headers.XContentTypeOptions = "nosniff";
                    headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
                    return Results.Stream(download.Value.Content, MandateFile.ContentTypeOf(blob), Path.GetFileName(blob));
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                    return Results.NotFound();
                }
            },
            () => LinkPages.Unavailable(http, null));
    }
}
