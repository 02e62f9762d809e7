namespace Intake.Core.Downloads;

/// <summary>
/// Short-lived addresses of a finished export, minted afresh on every use of a download link: the
/// link in the mail is never itself the storage address.
/// </summary>
public interface IExportUrls
{
    /// <summary>The scheme, host and port minted addresses point at: the download page's form must be allowed to go there.</summary>
    string Origin { get; }

    Task<Uri> MintAsync(string blobName, string fileName, CancellationToken cancellationToken = default);
}
