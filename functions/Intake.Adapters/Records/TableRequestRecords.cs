using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Core.Process.Events;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Serialization;

namespace Intake.Adapters.Records;

/// <summary>
/// Request records in one Azure table, a partition per request: the state row, the audit chain
/// of its events (<c>e-000001</c>…) and its spent links (<c>t-…</c>). Only the request's process
/// writes here (through its publish activity); pages read. A publication writes the audit entries
/// and links before the state row, so a crash between two batches leaves the old version in the
/// state row and the next publication seals the missing entries again: no gaps, no duplicates.
/// </summary>
public sealed class TableRequestRecords(TableClient table, IRequestIndex index) : IRequestRecords
{
    private const string StateRow = "state";
    private const string EventPrefix = "e-";
    private const string LinkPrefix = "t-";

    /// <summary>Azure Table transactions hold at most 100 operations.</summary>
    private const int MaxBatch = 100;

    public TableClient Table => table;

    public async Task<RequestRecord?> LoadAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id.Value, StateRow, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null)
        {
            return null;
        }

        var entity = row.Value;
        var state = IntakeJson.Deserialize<RequestState>(ChunkedText.Read(entity, "State"));
        return new RequestRecord(state, entity.GetString("LastHash") ?? AuditChain.Genesis);
    }

    public async Task PublishAsync(RequestId id, int fromVersion, IReadOnlyList<RequestEvent> events, IReadOnlyCollection<string> spentLinks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(spentLinks);
        var current = await LoadAsync(id, cancellationToken);
        var stored = current?.State.Version ?? 0;
        if (stored < fromVersion)
        {
            // The process publishes every version in order; a record behind the first new event
            // means storage lost a write. Failing lets the engine retry and staff see it.
            throw new InvalidOperationException($"The record of {id} holds version {stored}, but the events to publish follow version {fromVersion}.");
        }

        var unseen = events.Skip(stored - fromVersion).ToList();
        var state = current?.State ?? RequestState.Initial;
        var beforePurge = state;
        foreach (var @event in unseen)
        {
            var next = RequestEvolver.Evolve(state, @event);
            beforePurge = next.Stage == Stage.Purged && state.Stage != Stage.Purged ? state : beforePurge;
            state = next;
        }

        if (state.Stage == Stage.Purged)
        {
            // The purge effect removes the record; writing it back would undo the purge. The
            // summary stays, for the accountability report, with how the request ended.
            if (unseen.Count > 0 && beforePurge.Exists)
            {
                await index.WriteAsync(RequestSummary.Of(beforePurge).Purged(), cancellationToken);
            }

            return;
        }

        var lastHash = current?.LastHash ?? AuditChain.Genesis;
        var audit = AuditChain.SealAll(unseen, stored, lastHash);
        if (audit.Count > 0)
        {
            lastHash = audit[^1].Hash;
        }

        var actions = audit.Select(record => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EventEntity(id, record))).ToList();
        actions.AddRange(spentLinks.Select(link => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(id.Value, LinkPrefix + link) { ["SpentAt"] = SpentAt(unseen) })));
        if (unseen.Count > 0)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, StateEntity(state, lastHash)));
        }

        foreach (var chunk in actions.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken);
        }

        if (unseen.Count > 0 && state.Exists)
        {
            // After the record: the index never runs ahead of what a detail page can show.
            await index.WriteAsync(RequestSummary.Of(state), cancellationToken);
        }
    }

    public async Task<bool> IsLinkSpentAsync(RequestId id, string linkKey, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id.Value, LinkPrefix + linkKey, ["PartitionKey"], cancellationToken);
        return row.HasValue;
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> SpentLinksAsync(RequestId id, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id.Value} and RowKey ge {LinkPrefix} and RowKey lt {"t."}");
        var spent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["RowKey", "SpentAt"], cancellationToken: cancellationToken))
        {
            spent[entity.RowKey[LinkPrefix.Length..]] = entity.GetDateTimeOffset("SpentAt") ?? DateTimeOffset.UnixEpoch;
        }

        return spent;
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

    /// <summary>State rows of requests still open. A scan: the overview is rare, and the process never reads it.</summary>
    public async IAsyncEnumerable<RequestState> OpenRequestsAsync(string? controller, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = controller is null
            ? TableClient.CreateQueryFilter($"RowKey eq {StateRow} and Open eq {true}")
            : TableClient.CreateQueryFilter($"RowKey eq {StateRow} and Open eq {true} and Controller eq {controller}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return IntakeJson.Deserialize<RequestState>(ChunkedText.Read(entity, "State"));
        }
    }

    /// <summary>
    /// The state of every stored record, open or closed, for rebuilding the request index. A scan
    /// of the whole table: an operator's command, never a page.
    /// </summary>
    public async IAsyncEnumerable<RequestState> AllRequestsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {StateRow}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return IntakeJson.Deserialize<RequestState>(ChunkedText.Read(entity, "State"));
        }
    }

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

    /// <summary>A link is spent by the command whose events are published with it.</summary>
    private static DateTimeOffset SpentAt(IReadOnlyList<RequestEvent> events) => events.Count > 0 ? events[0].At : DateTimeOffset.UnixEpoch;

    private static TableEntity StateEntity(RequestState state, string lastHash)
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
            ["NextWake"] = RequestTimers.NextWake(state),
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
}
