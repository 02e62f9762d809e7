using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Adapters.Records;

/// <summary>
/// The view log in one Azure table, a partition per request, so a request's views are read and
/// purged together. Row keys start with the view's time in ticks, so a partition reads oldest
/// first, and end with random characters, so two views in the same tick both stay.
/// </summary>
public sealed class TableViewLog(TableClient table) : IViewLog
{
    /// <summary>Azure Table transactions hold at most 100 operations.</summary>
    private const int MaxBatch = 100;

    public TableClient Table => table;

    public async Task RecordAsync(ViewEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        await table.AddEntityAsync(
            new TableEntity(entry.Request.Value, row)
            {
                ["At"] = entry.At,
                ["Page"] = entry.Page.ToString(),
                ["Viewer"] = entry.Viewer.ToString(),
                ["LinkId"] = entry.LinkId,
                ["SignedInAs"] = entry.SignedInAs,
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<ViewEntry>> ListAsync(RequestId request, CancellationToken cancellationToken = default)
    {
        var views = new List<(string Row, ViewEntry Entry)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {request.Value}"), cancellationToken: cancellationToken))
        {
            views.Add((entity.RowKey, new ViewEntry(
                request,
                entity.GetDateTimeOffset("At") ?? default,
                Enum.TryParse<ViewedPage>(entity.GetString("Page"), out var page) ? page : ViewedPage.StaffDetail,
                Enum.TryParse<ViewerKind>(entity.GetString("Viewer"), out var viewer) ? viewer : ViewerKind.Staff,
                entity.GetString("LinkId") ?? string.Empty,
                entity.GetString("SignedInAs"))));
        }

        return views.OrderBy(view => view.Row, StringComparer.Ordinal).Select(view => view.Entry).ToList();
    }

    public async Task PurgeAsync(RequestId request, CancellationToken cancellationToken = default)
    {
        var keys = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {request.Value}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(entity);
        }

        foreach (var chunk in keys.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
        }
    }
}
