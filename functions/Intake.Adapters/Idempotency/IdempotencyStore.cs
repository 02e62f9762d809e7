using System.Text;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Idempotency;
using Intake.Core.Requests;

namespace Intake.Adapters.Idempotency;

/// <summary>
/// Remembers idempotency keys in the <c>idempotency</c> table, so a client that retries a call
/// (a timeout, a crash, SendGrid posting a mail again) gets the first answer and opens no second
/// request. Only a hash of the key is stored: keys are chosen by callers and may carry anything.
/// The first insert wins, also when two calls race: the table refuses the second row.
/// </summary>
public sealed class IdempotencyStore(TableClient table, TimeProvider time) : IIdempotencyStore
{
    private const string RowKey = "key";
    private const int Attempts = 3;

    private readonly Lazy<Task> created = new(() => table.CreateIfNotExistsAsync());

    /// <summary>
    /// Claims <paramref name="key"/> within <paramref name="scope"/> (the endpoint or channel) for a
    /// body with hash <paramref name="bodyHash"/>; <paramref name="candidate"/> is the reference to
    /// reserve when the key is new. Read the verdict to know what to do.
    /// </summary>
    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, string bodyHash, RequestId candidate, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(bodyHash);
        await created.Value;
        var partition = Partition(scope, key);
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var fresh = new IdempotencyRecord(candidate, bodyHash, null, now);
            try
            {
                await table.AddEntityAsync(ToEntity(partition, fresh), cancellationToken);
                return new IdempotencyClaim(IdempotencyVerdict.Claimed, fresh);
            }
            catch (RequestFailedException e) when (e.Status == 409 && attempt < Attempts)
            {
                // Someone used the key before: read what it stands for.
            }

            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, RowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue || existing.Value is null)
            {
                continue; // released between our insert and our read: try again
            }

            var entity = existing.Value;
            var record = FromEntity(entity);
            if (record.CreatedAt + IIdempotencyStore.Window <= now)
            {
                // Expired: the key starts over, guarded by the ETag so only one caller takes it.
                try
                {
                    await table.UpdateEntityAsync(ToEntity(partition, fresh), entity.ETag, TableUpdateMode.Replace, cancellationToken);
                    return new IdempotencyClaim(IdempotencyVerdict.Claimed, fresh);
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < Attempts)
                {
                    continue;
                }
            }

            var verdict = !string.Equals(record.BodyHash, bodyHash, StringComparison.Ordinal) ? IdempotencyVerdict.Conflict
                : record.Response is null ? IdempotencyVerdict.Pending
                : IdempotencyVerdict.Replay;
            return new IdempotencyClaim(verdict, record);
        }
    }

    /// <summary>Stores the first answer for the key, so later calls replay it.</summary>
    public async Task CompleteAsync(string scope, string key, string response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        await created.Value;
        var entity = new TableEntity(Partition(scope, key), RowKey) { ["Response"] = response };
        await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Forgets the key after the call it was claimed for stored nothing, so the client may try again.</summary>
    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        await created.Value;
        await table.DeleteEntityAsync(Partition(scope, key), RowKey, ETag.All, cancellationToken);
    }

    /// <summary>The stored record of a key, or null; for tests and diagnostics.</summary>
    public async Task<IdempotencyRecord?> FindAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        await created.Value;
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(Partition(scope, key), RowKey, cancellationToken: cancellationToken);
        return existing.HasValue && existing.Value is not null ? FromEntity(existing.Value) : null;
    }

    private static string Partition(string scope, string key) => IIdempotencyStore.HashOf(Encoding.UTF8.GetBytes($"{scope}\n{key}"));

    private static TableEntity ToEntity(string partition, IdempotencyRecord record) => new(partition, RowKey)
    {
        ["Reference"] = record.Reference.Value,
        ["BodyHash"] = record.BodyHash,
        ["Response"] = record.Response,
        ["CreatedAt"] = record.CreatedAt,
    };

    private static IdempotencyRecord FromEntity(TableEntity entity) => new(
        RequestId.Parse(entity.GetString("Reference")),
        entity.GetString("BodyHash") ?? string.Empty,
        entity.GetString("Response"),
        entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
}
