using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Tokens;
using Intake.Web.Forms;
using Intake.Web.Links;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// <c>GET /m/{token}</c>: the mandate an agent sent, for the staff member whose review mail carried
/// the link. The file is handed over as an attachment of the type its bytes were checked to be,
/// never rendered by the site itself, so a crafted file cannot run in the site's origin.
/// </summary>
public sealed class MandateHandler(
    IRequestGateway gateway,
    LinkTokenSigner signer,
    IEvidenceStore evidence,
    ViewAudit audit,
    LinkOptions options,
    StaffSignInOptions signIn,
    TimeProvider time,
    StorageTrouble trouble)
{
    public Task<IResult> GetAsync(HttpContext http, string token)
    {
        ArgumentNullException.ThrowIfNull(http);
        return trouble.GuardAsync(
            http,
            async cancellationToken =>
            {
                var check = signer.Check(token, time.GetUtcNow());
                if (check.Token is not { Action: LinkNames.Mandate, Audience: TokenAudience.Staff } claims
                    || !RequestId.TryParse(claims.Scope, out var id)
                    || id.Value.Value != claims.Scope)
                {
                    return LinkPages.Invalid(http.Request, null);
                }

                if (check.Status == TokenStatus.Expired)
                {
                    return LinkPages.Expired(Texts.LinkTexts.For(options.StaffLanguage), person: false, null, "/m/" + token);
                }

                if (await gateway.FindAsync(id.Value, cancellationToken) is not { Request.Agent.MandateDocument: { } blob }
                    || !blob.StartsWith(id.Value.Value + "/", StringComparison.Ordinal))
                {
                    return Results.NotFound();
                }

                await audit.RecordAsync(id.Value, ViewedPage.Mandate, ViewerKind.Staff, claims.Id, signIn.RequireSignIn ? StaffPrincipal.From(http.Request)?.Name : null, cancellationToken);
                if (await evidence.OpenReadAsync(blob, cancellationToken) is not { } content)
                {
                    return Results.NotFound();
                }

                var headers = http.Response.Headers;
                headers.CacheControl = "no-store";
                headers.XContentTypeOptions = "nosniff";
                headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
                return Results.Stream(content, MandateFile.ContentTypeOf(blob), Path.GetFileName(blob));
            },
            () => LinkPages.Unavailable(http, null));
    }
}
