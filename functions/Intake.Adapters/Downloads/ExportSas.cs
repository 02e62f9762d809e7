using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Intake.Core.Downloads;

namespace Intake.Adapters.Downloads;

/// <summary>
/// Mints a fresh read-only SAS for one export blob on every use of a download link — the link
/// itself never is a SAS. Signed with the account key where there is one (Azurite), otherwise
/// with a user-delegation key obtained through the managed identity, so shared-key access can
/// stay off in Azure.
/// </summary>
public sealed class ExportSas(BlobServiceClient service, BlobContainerClient exports, DownloadOptions options, TimeProvider time) : IExportUrls
{
    public string Origin => service.Uri.GetLeftPart(UriPartial.Authority);

    public async Task<Uri> MintAsync(string blobName, string fileName, CancellationToken cancellationToken = default)
    {
        var blob = exports.GetBlobClient(blobName);
        var now = time.GetUtcNow();
        var expires = now + options.SasLifetime;
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
        {
            BlobContainerName = exports.Name,
            BlobName = blobName,
            Resource = "b",
            // A little slack for clocks that run behind ours.
            StartsOn = now.AddMinutes(-2),
            ContentDisposition = $"attachment; filename=\"{fileName}\"",
            ContentType = "application/zip",
        };
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }

        var key = await service.GetUserDelegationKeyAsync(now.AddMinutes(-2), expires, cancellationToken);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, service.AccountName) }.ToUri();
    }
}
