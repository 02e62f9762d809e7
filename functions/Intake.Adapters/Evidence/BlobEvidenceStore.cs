using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Adapters.Evidence;

/// <summary>
/// The evidence container: rows (JSON Lines, streamed), receipts (the proof of what each source
/// did, kept as compliance records under Art 5(2)) and attachments staff upload.
/// </summary>
public sealed class BlobEvidenceStore : IEvidenceStore
{
    private readonly BlobContainerClient container;
    private readonly EvidenceOptions options;
    private readonly Lazy<Task> created;

    public BlobEvidenceStore(BlobServiceClient service, EvidenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        this.options = options ?? new EvidenceOptions();
        container = service.GetBlobContainerClient(this.options.ContainerName);
        created = new Lazy<Task>(() => container.CreateIfNotExistsAsync());
    }

    public BlobContainerClient Container => container;

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        container.DeleteBlobIfExistsAsync(name, cancellationToken: cancellationToken);

    public async Task<IRowWriter> OpenRowsAsync(RequestId request, string sourceId, CancellationToken cancellationToken = default)
    {
        await created.Value;
        return await BlobRowWriter.OpenAsync(
            container.GetBlockBlobClient(EvidenceBlobNames.Rows(request, sourceId)),
            container.GetBlockBlobClient(EvidenceBlobNames.RowsIndex(request, sourceId)),
            options.BufferBytes,
            cancellationToken);
    }

    /// <summary>The completed rows of a source, or null when none were written or the attempt did not finish.</summary>
    public async Task<EvidenceRows?> ReadRowsAsync(RequestId request, string sourceId, CancellationToken cancellationToken = default)
    {
        await created.Value;
        var index = await ReadJsonAsync<EvidenceRowsIndex>(EvidenceBlobNames.RowsIndex(request, sourceId), cancellationToken);
        return index is null ? null : new EvidenceRows(container.GetBlockBlobClient(EvidenceBlobNames.Rows(request, sourceId)), index);
    }

    public async Task<string> WriteReceiptAsync(RequestId request, SourceReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await created.Value;
        var name = EvidenceBlobNames.Receipt(request, receipt.SourceId, receipt.Action);
        var json = JsonSerializer.SerializeToUtf8Bytes(receipt, SourceJson.Options);
        await container.GetBlobClient(name).UploadAsync(new BinaryData(json), overwrite: true, cancellationToken);
        return name;
    }

    public async Task<SourceReceipt?> ReadReceiptAsync(RequestId request, string sourceId, SourceAction action, CancellationToken cancellationToken = default)
    {
        await created.Value;
        return await ReadJsonAsync<SourceReceipt>(EvidenceBlobNames.Receipt(request, sourceId, action), cancellationToken);
    }

    /// <summary>Every receipt stored for a request, e.g. to list the proofs of an erasure.</summary>
    public async Task<IReadOnlyList<SourceReceipt>> ReadReceiptsAsync(RequestId request, CancellationToken cancellationToken = default)
    {
        await created.Value;
        var receipts = new List<SourceReceipt>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, EvidenceBlobNames.ReceiptsFolder(request), cancellationToken))
        {
            if (await ReadJsonAsync<SourceReceipt>(item.Name, cancellationToken) is { } receipt)
            {
                receipts.Add(receipt);
            }
        }

        return receipts;
    }

    public async Task<string> WriteAttachmentAsync(RequestId request, string sourceId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await created.Value;
        var name = EvidenceBlobNames.Attachment(request, sourceId, fileName);
        await container.GetBlobClient(name).UploadAsync(content, overwrite: true, cancellationToken);
        return name;
    }

    private async Task<T?> ReadJsonAsync<T>(string name, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<T>(SourceJson.Options);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
