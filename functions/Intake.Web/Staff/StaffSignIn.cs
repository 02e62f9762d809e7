using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// The second lock on the staff overview and detail pages in Azure: besides the signed link, the
/// caller must be signed in through App Service Authentication as a member of the allowed Entra
/// group. Without a principal the answer is 401 with a link to <c>/.auth/login/aad</c> that returns
/// to the page; a principal outside the group gets 403. Acting links (<c>/l/</c>) never pass here:
/// they stay single-use links that work from the mail without signing in.
/// </summary>
public static class StaffSignIn
{
    /// <summary>Easy Auth's sign-in endpoint for the Microsoft Entra provider.</summary>
    public const string LoginPath = "/.auth/login/aad";

    public const string LogoutPath = "/.auth/logout";

    /// <summary>Null when the caller may see staff pages (or sign-in is off); otherwise the page to answer instead.</summary>
    public static IResult? Refusal(HttpRequest request, StaffSignInOptions options, StaffTexts texts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(texts);
        if (!options.RequireSignIn)
        {
            return null;
        }

        var principal = StaffPrincipal.From(request);
        if (principal is null)
        {
            // Back to the very page after signing in; a relative path, the only kind Easy Auth follows
            // without an allow-list of external addresses.
            var back = Uri.EscapeDataString(request.PathBase + request.Path);
            return LinkPages.Message(texts.Language, texts.SignInTitle, Body(texts.SignInBody, $"{LoginPath}?post_login_redirect_uri={back}", texts.SignInAction, "button"), StatusCodes.Status401Unauthorized);
        }

        if (options.AllowedGroup is not { } group || !principal.IsInGroup(group))
        {
            return LinkPages.Message(texts.Language, texts.NotAllowedTitle, Body(texts.NotAllowedBody, LogoutPath, texts.SignOutAction, null), StatusCodes.Status403Forbidden);
        }

        return null;
    }

    private static RenderFragment Body(string text, string href, string action, string? linkClass) =>
        Fragment.Of<StaffSignInBody>(new Dictionary<string, object?>
        {
            [nameof(StaffSignInBody.Text)] = text,
            [nameof(StaffSignInBody.Href)] = href,
            [nameof(StaffSignInBody.Action)] = action,
            [nameof(StaffSignInBody.LinkClass)] = linkClass,
        });
}
