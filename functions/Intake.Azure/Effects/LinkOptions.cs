using Intake.Core.Requests;

namespace Intake.Azure.Effects;

/// <summary>Where links point and how long they work (<c>Links:*</c>), and the language of staff mails.</summary>
public sealed class LinkOptions
{
    /// <summary>The address people reach Intake at; every mailed link starts with it (<c>Intake:PublicBaseUrl</c>).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:7071/");

    /// <summary>Staff action links: long enough for a holiday, short enough that an old mail is not a standing key.</summary>
    public TimeSpan StaffLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The person's status link.</summary>
    public TimeSpan StatusLinkLifetime { get; set; } = TimeSpan.FromDays(400);

    /// <summary>The link to answer a question from staff.</summary>
    public TimeSpan AnswerLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The language staff mails and pages are written in.</summary>
    public Language StaffLanguage { get; set; } = Language.Fi;
}
