using System.ComponentModel.DataAnnotations;
using Intake.Core.Tokens;

namespace Intake.Adapters.Settings;

/// <summary>Configuration section <c>Links</c>: how long each kind of mailed link works.</summary>
public sealed class LinkSettings
{
    public const string SectionName = "Links";

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double StaffDays { get; set; } = 30;

    /// <summary>The overview opens every open request of a controller: it must expire, so 0 is refused.</summary>
    [Range(0, 876_000, MinimumIsExclusive = true, ErrorMessage = "{0} must be a positive number of hours, at most 876000.")]
    public double StaffOverviewHours { get; set; } = LinkOptions.DefaultOverviewLinkLifetime.TotalHours;

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double StatusDays { get; set; } = 400;

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double AnswerDays { get; set; } = 30;

    /// <summary>What the link issuer, the mail composer and the staff pages use; the address and the staff's language come from the <c>Intake</c> section.</summary>
    public LinkOptions ToLinkOptions(SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new LinkOptions
        {
            PublicBaseUrl = site.ParsedBaseUrl(),
            StaffLinkLifetime = TimeSpan.FromDays(StaffDays),
            OverviewLinkLifetime = TimeSpan.FromHours(StaffOverviewHours),
            StatusLinkLifetime = TimeSpan.FromDays(StatusDays),
            AnswerLinkLifetime = TimeSpan.FromDays(AnswerDays),
            StaffLanguage = site.ParsedStaffLanguage(),
        };
    }
}
