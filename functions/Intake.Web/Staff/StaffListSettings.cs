using System.ComponentModel.DataAnnotations;

namespace Intake.Web.Staff;

/// <summary>
/// Configuration section <c>Staff</c>, the list's part. After <c>ListCacheSeconds</c> (0 reads every
/// row on every view) a view starts a refresh of this instance's copy of a controller's summaries
/// and is answered from the copy meanwhile; a copy older than <c>ListMaxAgeSeconds</c> is never
/// shown: that view waits for the refresh. <c>ListFullReadMinutes</c> is how often the copy is read
/// whole again, in case a row was removed by hand. Checked when the host starts.
/// </summary>
public sealed class StaffListSettings
{
    public const string SectionName = "Staff";

    [Range(0, 3600, ErrorMessage = "{0} must be a number of seconds from 0 to 3600.")]
    public double ListCacheSeconds { get; set; } = 5;

    [Range(0, 86400, ErrorMessage = "{0} must be a number of seconds from 0 to 86400.")]
    public double ListMaxAgeSeconds { get; set; } = 30;

    [Range(1, 10080, ErrorMessage = "{0} must be a number of minutes from 1 to 10080 (a week).")]
    public double ListFullReadMinutes { get; set; } = 15;
}
