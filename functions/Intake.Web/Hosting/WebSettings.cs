using System.ComponentModel.DataAnnotations;

namespace Intake.Web.Hosting;

/// <summary>Configuration section <c>Web</c>: the person-facing doors' rate limits, checked when the host starts.</summary>
public sealed class WebSettings
{
    public const string SectionName = "Web";

    /// <summary>Posts one client address may make per minute (forms, status actions, API). 0 turns the limit off.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "{0} must be a whole number, 0 or more (0 turns the limit off).")]
    public int PostsPerMinute { get; set; } = 10;

    /// <summary>Requests one email address may open per hour, through any door. 0 turns the limit off.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "{0} must be a whole number, 0 or more (0 turns the limit off).")]
    public int RequestsPerAddressPerHour { get; set; } = 5;
}
