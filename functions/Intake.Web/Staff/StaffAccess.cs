using Intake.Azure.Effects;
using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Staff;

/// <summary>
/// Checks a staff overview link: signed by us, not revoked, for staff, naming a configured
/// controller, and not expired. Such a link only shows; it never acts, so it is not single-use.
/// Where <see cref="StaffSignInOptions.RequireSignIn"/> is on (Azure), the caller must also be
/// signed in as a member of the allowed group (<see cref="StaffSignIn"/>), checked before the link.
/// </summary>
public sealed record StaffAccess(Controller Controller, string Token, Language Language, LinkTexts Texts, StaffTexts Staff, DateTimeOffset Now)
{
    public string Path => "/staff/" + Token;

    /// <summary>
    /// The staff link's address as the page's own links use it: under the path base, and under
    /// <c>/fi</c>, <c>/sv</c> or <c>/en</c> when the page was reached there, so that language stays.
    /// </summary>
    public string Address(HttpContext http, string? lang)
    {
        ArgumentNullException.ThrowIfNull(http);
        return $"{http.Request.PathBase}{(lang is null ? string.Empty : "/" + Language.Code())}{Path}";
    }

    /// <summary>The id of the overview grant used (a name, never the token): what the view log records.</summary>
    public string LinkId { get; init; } = string.Empty;

    /// <summary>The signed-in staff member's name, only where sign-in is required and the platform vouches for the header.</summary>
    public string? SignedInAs { get; init; }

    /// <summary>Checks the link, then hands the access to <paramref name="handle"/>; storage trouble anywhere becomes a 503 page.</summary>
    public static Task<IResult> GuardAsync(HttpContext http, string token, string? lang, Func<StaffAccess, CancellationToken, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handle);
        return StorageTrouble.GuardAsync(
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
    public static async Task<(StaffAccess? Access, IResult? Page)> CheckAsync(HttpContext http, string token, string? lang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (lang is not null && !PageLanguage.IsOffered(lang))
        {
            return (null, Results.NotFound());
        }

        var services = http.RequestServices;
        var options = services.GetService<LinkOptions>();
        var staffLanguage = options?.StaffLanguage ?? Language.Fi;
        var language = lang is not null
            ? PageLanguage.From(http.Request, lang)
            : staffLanguage;
        if (StaffSignIn.Refusal(http.Request, services.GetService<StaffSignInOptions>() ?? StaffSignInOptions.Off, StaffTexts.For(language)) is { } refusal)
        {
            return (null, refusal);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var check = await services.GetRequiredService<LinkGate>().CheckAsync(token, now, cancellationToken);
        if (check.Token is not { Action: LinkNames.Overview, Audience: TokenAudience.Staff } claims
            || services.GetRequiredService<IControllerCatalog>().Find(new ControllerId(claims.Scope)) is not { } controller)
        {
            return (null, LinkPages.Invalid(http.Request, lang));
        }

        var texts = LinkTexts.For(language);
        var lifetime = options?.OverviewLinkLifetime ?? LinkOptions.DefaultOverviewLinkLifetime;
        if (check.Status == TokenStatus.Expired || claims.ExpiresAt - now > lifetime + ClockSlack)
        {
            return (null, LinkPages.Expired(texts, person: false, null, "/staff/" + token));
        }

        var signIn = services.GetService<StaffSignInOptions>() ?? StaffSignInOptions.Off;
        return (new StaffAccess(controller, token, language, texts, StaffTexts.For(language), now)
        {
            LinkId = claims.Id,
            SignedInAs = signIn.RequireSignIn ? StaffPrincipal.From(http.Request)?.Name : null,
        }, null);
    }
}
