using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Serialization;

namespace Intake.Azure.Engine;

/// <summary>
/// A request in one table partition: the state row, the audit chain of its events, its effect
/// outbox and its spent links. A decision is written as one entity-group transaction guarded by
/// the state row's ETag, so state, events and the effects they cause are stored together or not
/// at all — a crash at any point loses nothing and duplicates nothing.
/// </summary>
public sealed class TableRequestStore(TableClient table)
{
    private const string StateRow = "state";
    private const string EventPrefix = "e-";
    private const string EffectPrefix = "x-";
    private const string LinkPrefix = "t-";

    /// <summary>Azure Table transactions hold at most 100 operations.</summary>
    private const int MaxBatch = 100;

    public TableClient Table => table;

    public async Task<StoredRequest?> LoadAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id.Value, StateRow, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null)
        {
            return null;
        }

        var entity = row.Value;
        var state = IntakeJson.Deserialize<RequestState>(ChunkedText.Read(entity, "State"));
        return new StoredRequest(state, entity.ETag, entity.GetString("LastHash") ?? AuditChain.Genesis, entity.GetDateTimeOffset("NextWake"));
    }

    /// <summary>
    /// Writes a decision after <paramref name="current"/> (null for a new request). Optionally marks
    /// the effect whose result this decision records as done, and spends a single-use link — in the
    /// same transaction. Throws <see cref="CommitConflictException"/> when the request changed since
    /// it was read, <see cref="LinkAlreadyUsedException"/> when the link was spent before.
    /// </summary>
    public async Task<StoredRequest> CommitAsync(
        StoredRequest? current,
        Decision decision,
        DateTimeOffset now,
        string? completedEffectId = null,
        EffectStatus completedAs = EffectStatus.Done,
        string? spentLinkHash = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var before = current?.State ?? RequestState.Initial;
        var after = RequestDecider.Apply(before, decision);
        var id = after.Id;
        var audit = AuditChain.SealAll(decision.Events, before.Version, current?.LastHash ?? AuditChain.Genesis);
        var lastHash = audit.Count > 0 ? audit[^1].Hash : current?.LastHash ?? AuditChain.Genesis;
        var nextWake = RequestTimers.NextWake(after);

        var actions = new List<TableTransactionAction>();
        var stateEntity = StateEntity(after, lastHash, nextWake);
        actions.Add(current is null
            ? new TableTransactionAction(TableTransactionActionType.Add, stateEntity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, stateEntity, current.ETag));
        var linkIndex = -1;
        if (spentLinkHash is not null)
        {
            linkIndex = actions.Count;
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(id.Value, LinkPrefix + spentLinkHash) { ["SpentAt"] = now }));
        }

        if (completedEffectId is not null)
        {
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(id.Value, EffectPrefix + completedEffectId) { ["Status"] = completedAs.ToString(), ["FinishedAt"] = now },
                ETag.All));
        }

        actions.AddRange(audit.Select(record => new TableTransactionAction(TableTransactionActionType.Add, EventEntity(id, record))));
        actions.AddRange(decision.Effects.Select(effect => new TableTransactionAction(TableTransactionActionType.Add, EffectEntity(id, effect, now))));
        if (actions.Count > MaxBatch)
        {
            throw new InvalidOperationException($"A decision on {id} needs {actions.Count} storage operations; one transaction holds {MaxBatch}. Reduce the number of sources per controller.");
        }

        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken);
            var etag = response.Value[0].Headers.ETag ?? ETag.All;
            return new StoredRequest(after, etag, lastHash, nextWake);
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == linkIndex && linkIndex >= 0 && e.Status == 409)
        {
            throw new LinkAlreadyUsedException("The link was used before.", e);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            throw new CommitConflictException($"Request {id} changed while it was being decided.", e);
        }
    }

    /// <summary>
    /// Durable Functions mode: the orchestration holds the state and is its only writer; this keeps
    /// a readable copy and the audit chain (which must outlive the orchestration's history, cut short
    /// by continue-as-new). Idempotent: publishing a version already stored does nothing.
    /// </summary>
    public async Task PublishAsync(RequestState state, IReadOnlyList<RequestEvent> newEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(newEvents);
        if (state.Stage == Stage.Purged)
        {
            // The purge effect already removed the record; writing it back would undo the purge.
            return;
        }

        var current = await LoadAsync(state.Id, cancellationToken);
        var storedVersion = current?.State.Version ?? 0;
        if (storedVersion >= state.Version)
        {
            return;
        }

        // Only the events the store has not seen yet are sealed onto its chain.
        var unseen = newEvents.Skip(newEvents.Count - (state.Version - storedVersion)).ToList();
        var audit = AuditChain.SealAll(unseen, storedVersion, current?.LastHash ?? AuditChain.Genesis);
        var lastHash = audit.Count > 0 ? audit[^1].Hash : current?.LastHash ?? AuditChain.Genesis;
        // Audit entries first, the state row last: a crash between batches leaves the old version
        // in the state row, so the next publication seals the missing entries again — no gaps.
        var actions = audit.Select(record => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EventEntity(state.Id, record))).ToList();
        actions.Add(new(TableTransactionActionType.UpsertReplace, StateEntity(state, lastHash, RequestTimers.NextWake(state))));
        foreach (var chunk in actions.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken);
        }
    }

    /// <summary>Spends a single-use link on its own (Durable mode, before the command is raised as an event).</summary>
    public async Task<bool> TrySpendLinkAsync(RequestId id, string linkHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.AddEntityAsync(new TableEntity(id.Value, LinkPrefix + linkHash) { ["SpentAt"] = now }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives a link back when the command it carried could not be delivered, so the person can use it again.</summary>
    public async Task UnspendLinkAsync(RequestId id, string linkHash, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.DeleteEntityAsync(id.Value, LinkPrefix + linkHash, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Nothing to give back.
        }
    }

    public async Task<bool> IsLinkSpentAsync(RequestId id, string linkHash, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id.Value, LinkPrefix + linkHash, ["PartitionKey"], cancellationToken);
        return row.HasValue;
    }

    public async Task<EffectRecord?> GetEffectAsync(RequestId id, string effectId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id.Value, EffectPrefix + effectId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is not null ? ToEffect(row.Value) : null;
    }

    /// <summary>Effects written but not yet done: what a crashed worker left behind.</summary>
    public async Task<IReadOnlyList<EffectRecord>> PendingEffectsAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id.Value} and RowKey ge {EffectPrefix} and RowKey lt {"x."} and Status eq {nameof(EffectStatus.Pending)}");
        var effects = new List<EffectRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            effects.Add(ToEffect(entity));
        }

        return effects;
    }

    /// <summary>
    /// Takes a lease on an effect so two workers that received the same message do not both run it.
    /// False when another worker holds a live lease or the effect is no longer pending.
    /// </summary>
    public async Task<EffectRecord?> TryLeaseAsync(RequestId id, EffectRecord effect, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(effect);
        if (effect.Status != EffectStatus.Pending || effect.LeaseUntil > now)
        {
            return null;
        }

        var entity = new TableEntity(id.Value, EffectPrefix + effect.Effect.Id)
        {
            ["Attempts"] = effect.Attempts + 1,
            ["LeaseUntil"] = now + lease,
        };
        try
        {
            var response = await table.UpdateEntityAsync(entity, effect.ETag, TableUpdateMode.Merge, cancellationToken);
            return effect with { Attempts = effect.Attempts + 1, LeaseUntil = now + lease, ETag = response.Headers.ETag ?? ETag.All };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Marks an effect done (or parked) when its result needs no decision.</summary>
    public async Task MarkEffectAsync(RequestId id, string effectId, EffectStatus status, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(id.Value, EffectPrefix + effectId) { ["Status"] = status.ToString(), ["FinishedAt"] = now };
        try
        {
            await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Purged meanwhile.
        }
    }

    /// <summary>Records why a run failed and holds the effect until <paramref name="retryAt"/>, when the next try may start.</summary>
    public async Task ReleaseAfterFailureAsync(RequestId id, EffectRecord effect, string error, DateTimeOffset retryAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(effect);
        var entity = new TableEntity(id.Value, EffectPrefix + effect.Effect.Id)
        {
            ["LastError"] = error.Length > 2000 ? error[..2000] : error,
            ["LeaseUntil"] = retryAt,
        };
        try
        {
            await table.UpdateEntityAsync(entity, effect.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Someone else moved it on; nothing to release.
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> AuditTrailAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id.Value} and RowKey ge {EventPrefix} and RowKey lt {"e."}");
        var records = new List<AuditRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(new AuditRecord(
                entity.GetInt32("Sequence") ?? 0,
                entity.GetDateTimeOffset("At") ?? default,
                entity.GetString("Actor") ?? string.Empty,
                entity.GetString("EventName") ?? string.Empty,
                entity.GetString("Reason"),
                ChunkedText.Read(entity, "Payload"),
                entity.GetString("PreviousHash") ?? string.Empty,
                entity.GetString("Hash") ?? string.Empty));
        }

        return records.OrderBy(r => r.Sequence).ToList();
    }

    /// <summary>Deletes everything stored for the request (retention ended).</summary>
    public async Task PurgeAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var keys = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id.Value}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(entity);
        }

        foreach (var chunk in keys.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
        }
    }

    /// <summary>State rows of requests still open, for the staff overview. A scan: the overview is rare, timers never use it.</summary>
    public async IAsyncEnumerable<RequestState> OpenRequestsAsync(string? controller, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = controller is null
            ? TableClient.CreateQueryFilter($"RowKey eq {StateRow} and Open eq {true}")
            : TableClient.CreateQueryFilter($"RowKey eq {StateRow} and Open eq {true} and Controller eq {controller}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return IntakeJson.Deserialize<RequestState>(ChunkedText.Read(entity, "State"));
        }
    }

    private static TableEntity StateEntity(RequestState state, string lastHash, DateTimeOffset? nextWake)
    {
        var entity = new TableEntity(state.Id.Value, StateRow)
        {
            ["Version"] = state.Version,
            ["Stage"] = state.Stage.WireName(),
            ["Controller"] = state.Controller.Value,
            ["Type"] = state.Type.WireName(),
            ["Open"] = state.Stage.IsAwaitingAnswer(),
            ["ReceivedAt"] = state.ReceivedAt,
            ["DueAt"] = state.CurrentDueAt,
            ["NextWake"] = nextWake,
            ["LastHash"] = lastHash,
        };
        ChunkedText.Write(entity, "State", IntakeJson.Serialize(state));
        return entity;
    }

    private static TableEntity EventEntity(RequestId id, AuditRecord record)
    {
        var entity = new TableEntity(id.Value, EventPrefix + record.Sequence.ToString("D6", CultureInfo.InvariantCulture))
        {
            ["Sequence"] = record.Sequence,
            ["At"] = record.At,
            ["Actor"] = record.Actor,
            ["EventName"] = record.EventName,
            ["Reason"] = record.Reason,
            ["PreviousHash"] = record.PreviousHash,
            ["Hash"] = record.Hash,
        };
        ChunkedText.Write(entity, "Payload", record.Payload);
        return entity;
    }

    private static TableEntity EffectEntity(RequestId id, Effect effect, DateTimeOffset now) => new(id.Value, EffectPrefix + effect.Id)
    {
        ["Status"] = nameof(EffectStatus.Pending),
        ["Attempts"] = 0,
        ["CreatedAt"] = now,
        ["Effect"] = IntakeJson.Serialize(effect),
    };

    private static EffectRecord ToEffect(TableEntity entity) => new(
        IntakeJson.Deserialize<Effect>(entity.GetString("Effect") ?? "null"),
        Enum.TryParse<EffectStatus>(entity.GetString("Status"), out var status) ? status : EffectStatus.Pending,
        entity.GetInt32("Attempts") ?? 0,
        entity.GetDateTimeOffset("LeaseUntil"),
        entity.GetString("LastError"),
        entity.GetDateTimeOffset("CreatedAt") ?? default,
        entity.ETag);
}
