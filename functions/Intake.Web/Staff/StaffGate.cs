using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// Checks a staff overview link: signed by us, not revoked, for staff, naming a configured
/// controller, and not expired. Such a link only shows; it never acts, so it is not single-use.
/// Where <see cref="StaffSignInOptions.RequireSignIn"/> is on (Azure), the caller must also be
/// signed in as a member of the allowed group (<see cref="StaffSignIn"/>), checked before the link.
/// </summary>
public sealed class StaffGate(
    LinkGate links,
    IControllerCatalog catalog,
    LinkOptions options,
    StaffSignInOptions signIn,
    TimeProvider time,
    StorageTrouble trouble)
{
    /// <summary>Checks the link, then hands the access to <paramref name="handle"/>; storage trouble anywhere becomes a 503 page.</summary>
    public Task<IResult> GuardAsync(HttpContext http, string token, string? lang, Func<StaffAccess, CancellationToken, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handle);
        return trouble.GuardAsync(
            http,
            async cancellationToken =>
            {
                var (access, page) = await CheckAsync(http, token, lang, cancellationToken);
                return access is null ? page! : await handle(access, cancellationToken);
            },
            () => LinkPages.Unavailable(http, lang));
    }

    /// <summary>
    /// A link may promise a longer life than the overview lifetime allows now (minted before the
    /// lifetime was shortened, or by a host with a longer setting); such a link is answered as
    /// expired. The slack absorbs clocks of instances that differ by a little.
    /// </summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(5);

    /// <summary>The checked access, or the page to answer instead (401/403 not signed in or not allowed, 403 invalid, 410 expired, 404 unknown language).</summary>
    public async Task<(StaffAccess? Access, IResult? Page)> CheckAsync(HttpContext http, string token, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (lang is not null && !PageLanguage.IsOffered(lang))
        {
            return (null, Results.NotFound());
        }

        var staffLanguage = options.StaffLanguage;
        var language = lang is not null
            ? PageLanguage.From(http.Request, lang)
            : staffLanguage;
        if (StaffSignIn.Refusal(http.Request, signIn, StaffTexts.For(language)) is { } refusal)
        {
            return (null, refusal);
        }

        var now = time.GetUtcNow();
        var check = await links.CheckAsync(token, now, cancellationToken);
        if (check.Token is not { Action: LinkNames.Overview, Audience: TokenAudience.Staff } claims
            || catalog.Find(new ControllerId(claims.Scope)) is not { } controller)
        {
            return (null, LinkPages.Invalid(http.Request, lang));
        }

        var texts = LinkTexts.For(language);
        var lifetime = options.OverviewLinkLifetime;
        if (check.Status == TokenStatus.Expired || claims.ExpiresAt - now > lifetime + ClockSlack)
        {
            return (null, LinkPages.Expired(texts, person: false, null, "/staff/" + token));
        }

        return (new StaffAccess(controller, token, language, texts, StaffTexts.For(language), now)
        {
            LinkId = claims.Id,
            SignedInAs = signIn.RequireSignIn ? StaffPrincipal.From(http.Request)?.Name : null,
        }, null);
    }
}
