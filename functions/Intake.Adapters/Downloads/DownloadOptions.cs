using System.ComponentModel.DataAnnotations;

namespace Intake.Adapters.Downloads;

/// <summary>How downloads work (configuration section <c>Downloads</c>, checked when the host starts).</summary>
public sealed class DownloadOptions
{
    public const string SectionName = "Downloads";

    /// <summary>Hard ceiling for a SAS: a leaked storage URL is useless within minutes.</summary>
    public const int MaxSasMinutes = 10;

    /// <summary>Days the download link in the answer works (the export is deleted after); a fraction is allowed, as the tests of the period's end use one.</summary>
    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double LinkDays { get; set; } = 7;

    /// <summary>Minutes each minted SAS lives, at most <see cref="MaxSasMinutes"/>.</summary>
    [Range(0, MaxSasMinutes, ErrorMessage = "{0} must be a number of minutes from 0 to 10: a leaked storage URL must be useless within minutes.")]
    public double SasMinutes { get; set; } = MaxSasMinutes;

    public TimeSpan SasLifetime => TimeSpan.FromMinutes(Math.Clamp(SasMinutes, 0.05, MaxSasMinutes));
}
