namespace Intake.Adapters.Downloads;

/// <summary>How downloads work (<c>Downloads:*</c>).</summary>
public sealed class DownloadOptions
{
    /// <summary>Hard ceiling for a SAS: a leaked storage URL is useless within minutes.</summary>
    public const int MaxSasMinutes = 10;

    /// <summary>Days the download link in the answer works (the export is deleted after).</summary>
    public int LinkDays { get; set; } = 7;

    /// <summary>Minutes each minted SAS lives, at most <see cref="MaxSasMinutes"/>.</summary>
    public double SasMinutes { get; set; } = MaxSasMinutes;

    public TimeSpan SasLifetime => TimeSpan.FromMinutes(Math.Clamp(SasMinutes, 0.05, MaxSasMinutes));
}
