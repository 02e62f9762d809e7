using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Serialization;
using Intake.Core.Sources;

namespace Intake.Adapters.Records;

/// <summary>
/// Request summaries in one Azure table, a partition per controller and a row per request, so the
/// staff list and the accountability report read one partition of small rows instead of every
/// record's state.
/// </summary>
public sealed class TableRequestIndex(TableClient table) : IRequestIndex, IRequestIndexChanges
{
    public TableClient Table => table;

    public async Task WriteAsync(RequestSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await table.UpsertEntityAsync(ToEntity(summary), TableUpdateMode.Replace, cancellationToken);
    }

    public async IAsyncEnumerable<RequestSummary> ListAsync(string controller, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var written in ListWrittenSinceAsync(controller, null, cancellationToken))
        {
            yield return written.Summary;
        }
    }

    /// <summary>
    /// Writes the summary unless the index already holds this version or a newer one: for
    /// rebuilding the index beside a running process, whose own writes are always newer. The write
    /// is conditional (insert, or replace at the ETag read), so a publication landing in between
    /// wins and this one is dropped. Returns whether it wrote.
    /// </summary>
    public async Task<bool> WriteIfNewerAsync(RequestSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(summary.Controller, summary.Id.Value, ["Version"], cancellationToken);
        try
        {
            if (!existing.HasValue || existing.Value is null)
            {
                await table.AddEntityAsync(ToEntity(summary), cancellationToken);
                return true;
            }

            if ((existing.Value.GetInt32("Version") ?? 0) >= summary.Version)
            {
                return false;
            }

            await table.UpdateEntityAsync(ToEntity(summary), existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Filters on the row's Timestamp, which storage sets on every write.</summary>
    public async IAsyncEnumerable<IndexedSummary> ListWrittenSinceAsync(string controller, DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = since is { } from
            ? TableClient.CreateQueryFilter($"PartitionKey eq {controller} and Timestamp ge {from}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {controller}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return new IndexedSummary(FromEntity(entity), entity.Timestamp ?? DateTimeOffset.MinValue);
        }
    }

    public static TableEntity ToEntity(RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new TableEntity(summary.Controller, summary.Id.Value)
        {
            ["Type"] = summary.Type.ToString(),
            ["Channel"] = summary.Channel.ToString(),
            ["Language"] = summary.Language.ToString(),
            ["Stage"] = summary.Stage.ToString(),
            ["EndedAs"] = summary.EndedAs?.ToString(),
            ["ReceivedAt"] = summary.ReceivedAt,
            ["DueDate"] = Date(summary.DueDate),
            ["DueAt"] = summary.DueAt,
            ["OriginalDueDate"] = Date(summary.OriginalDueDate),
            ["Extended"] = summary.Extended,
            ["ExtensionReason"] = summary.ExtensionReason,
            ["VerifiedAt"] = summary.VerifiedAt,
            ["DeliveredAt"] = summary.DeliveredAt,
            ["ClosedAt"] = summary.ClosedAt,
            ["RefusalGround"] = summary.RefusalGround?.ToString(),
            ["Repeat"] = summary.Repeat,
            ["KeptBack"] = summary.KeptBack.IsEmpty ? null : IntakeJson.Serialize(summary.KeptBack),
            ["Version"] = summary.Version,
        };
    }

    public static RequestSummary FromEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new RequestSummary
        {
            Id = RequestId.TryParse(entity.RowKey, out var id) ? id.Value : throw new FormatException($"The index row {entity.RowKey} is not a request reference."),
            Controller = entity.PartitionKey,
            Type = Enum.Parse<RequestType>(entity.GetString("Type")),
            Channel = Enum.Parse<Channel>(entity.GetString("Channel")),
            Language = Enum.Parse<Language>(entity.GetString("Language")),
            Stage = Enum.Parse<Stage>(entity.GetString("Stage")),
            EndedAs = entity.GetString("EndedAs") is { } ended ? Enum.Parse<Stage>(ended) : null,
            ReceivedAt = entity.GetDateTimeOffset("ReceivedAt") ?? default,
            DueDate = Date(entity.GetString("DueDate")),
            DueAt = entity.GetDateTimeOffset("DueAt"),
            OriginalDueDate = Date(entity.GetString("OriginalDueDate")),
            Extended = entity.GetBoolean("Extended") ?? false,
            ExtensionReason = entity.GetString("ExtensionReason"),
            VerifiedAt = entity.GetDateTimeOffset("VerifiedAt"),
            DeliveredAt = entity.GetDateTimeOffset("DeliveredAt"),
            ClosedAt = entity.GetDateTimeOffset("ClosedAt"),
            RefusalGround = entity.GetString("RefusalGround") is { } ground ? Enum.Parse<RefusalGround>(ground) : null,
            Repeat = entity.GetBoolean("Repeat") ?? false,
            KeptBack = entity.GetString("KeptBack") is { } kept ? IntakeJson.Deserialize<System.Collections.Immutable.ImmutableArray<KeptData>>(kept) : [],
            Version = entity.GetInt32("Version") ?? 0,
        };
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
