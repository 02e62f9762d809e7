using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Submissions;

namespace Intake.Adapters.Submissions;

/// <summary>
/// The repeat index in a table: one row per request, keyed by a keyed hash of the address (so the
/// table is no list of who asked), the type and the time, so counting recent repeats is one range
/// read of one partition.
/// </summary>
public sealed class TableRepeatIndex(TableClient table, byte[] key) : IRepeatIndex
{
    public async Task<int> CountSinceAsync(ControllerId controller, string email, RequestType type, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var prefix = Prefix(email, type);
        var from = prefix + Ticks(since);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {controller.Value} and RowKey ge {from} and RowKey lt {prefix + "~"}");
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    public Task RecordAsync(ControllerId controller, string email, RequestType type, RequestId id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        table.UpsertEntityAsync(new TableEntity(controller.Value, $"{Prefix(email, type)}{Ticks(at)}-{id.Value}"), TableUpdateMode.Replace, cancellationToken);

    private string Prefix(string email, RequestType type)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("repeat-v1|" + normalized)));
        return $"{hash}-{type.WireName()}-";
    }

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
