using Azure.Storage.Blobs;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Adapters.Effects;

/// <summary>
/// Purges a request from storage: its evidence and any export left, the log of who viewed it, then
/// its record (state, audit chain, spent links). Blobs and views go first so that a crash half-way leaves the record, which points at
/// what remains, and the purge simply runs again.
/// </summary>
public sealed class StoredRecordPurger(IRequestRecords records, IViewLog views, BlobContainerClient evidence, BlobContainerClient exports) : IRecordPurger
{
    public async Task PurgeAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        foreach (var container in new[] { evidence, exports })
        {
            await foreach (var blob in container.GetBlobsAsync(global::Azure.Storage.Blobs.Models.BlobTraits.None, global::Azure.Storage.Blobs.Models.BlobStates.None, id.Value + "/", cancellationToken))
            {
                await container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
            }
        }

        await views.PurgeAsync(id, cancellationToken);
        await records.PurgeAsync(id, cancellationToken);
    }
}
