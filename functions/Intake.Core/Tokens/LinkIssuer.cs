using Intake.Core.Notifications;
using Intake.Core.Requests;

namespace Intake.Core.Tokens;

/// <summary>
/// Turns a link name into a signed URL under the public base address. Acting links are single-use
/// and land on a confirmation page (<c>/l/…</c>); the status page, the download and the staff
/// overview have their own paths and may be opened many times until they expire.
/// </summary>
public sealed class LinkIssuer(LinkTokenSigner signer, Uri publicBaseUrl)
{
    /// <summary>Names that only look: never consumed.</summary>
    private static readonly HashSet<string> Viewing = [LinkNames.Status, LinkNames.Download, LinkNames.Overview, LinkNames.Mandate];

    public Uri PublicBaseUrl => publicBaseUrl;

    public Uri Issue(string scope, string name, TokenAudience audience, DateTimeOffset expiresAt, string nonce)
    {
        var token = signer.Sign(new LinkToken(scope, name, audience, expiresAt, nonce, !Viewing.Contains(name)));
        var path = name switch
        {
            LinkNames.Status => "status/",
            LinkNames.Download => "d/",
            LinkNames.Overview => "staff/",
            LinkNames.Mandate => "m/",
            _ => "l/",
        };
        return new Uri(publicBaseUrl, path + token);
    }

    public Uri Issue(RequestId request, string name, TokenAudience audience, DateTimeOffset expiresAt, string nonce) =>
        Issue(request.Value, name, audience, expiresAt, nonce);

    /// <summary>
    /// The staff link to one request's page: the controller's overview grant opened at the request.
    /// It grants nothing the overview link does not (the page only shows, like the overview), so the
    /// same nonce makes both one grant, spent never, revoked together.
    /// </summary>
    public Uri IssueDetail(string controller, RequestId request, DateTimeOffset expiresAt, string nonce)
    {
        var token = signer.Sign(new LinkToken(controller, LinkNames.Overview, TokenAudience.Staff, expiresAt, nonce, SingleUse: false));
        return new Uri(publicBaseUrl, $"staff/{token}/requests/{request.Value}");
    }
}
