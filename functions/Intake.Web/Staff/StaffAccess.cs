using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>A staff overview link that passed <see cref="StaffGate"/>: whose data it shows, in which language, to whom.</summary>
public sealed record StaffAccess(Controller Controller, string Token, Language Language, LinkTexts Texts, StaffTexts Staff, DateTimeOffset Now)
{
    public string Path => "/staff/" + Token;

    /// <summary>
    /// The staff link's address as the page's own links use it: under the path base, and under
    /// a language prefix (<c>/fi</c>, <c>/et</c>…) when the page was reached there, so that language stays.
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
}
