using Intake.Core.Requests;

namespace Intake.Core.Tokens;

/// <summary>Where links point and how long they work (<c>Links:*</c>), and the language of staff mails.</summary>
public sealed class LinkOptions
{
    /// <summary>The address people reach Intake at; every mailed link starts with it (<c>Intake:PublicBaseUrl</c>).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:7071/");

    /// <summary>Staff action links: long enough for a holiday, short enough that an old mail is not a standing key.</summary>
    public TimeSpan StaffLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The staff overview link's default lifetime: a working day, not a month.</summary>
    public static readonly TimeSpan DefaultOverviewLinkLifetime = TimeSpan.FromHours(12);

    /// <summary>
    /// The staff overview link (<c>Links:StaffOverviewHours</c>). It opens every open request of a
    /// controller, so it lives hours, not the weeks of an action link; each staff mail carries a fresh one.
    /// </summary>
    public TimeSpan OverviewLinkLifetime { get; set; } = DefaultOverviewLinkLifetime;

    /// <summary>The person's status link.</summary>
    public TimeSpan StatusLinkLifetime { get; set; } = TimeSpan.FromDays(400);

    /// <summary>The link to answer a question from staff.</summary>
    public TimeSpan AnswerLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The language staff mails and pages are written in.</summary>
    public Language StaffLanguage { get; set; } = Language.Fi;
}
