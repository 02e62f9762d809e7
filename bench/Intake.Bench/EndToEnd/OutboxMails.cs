using System.Diagnostics;
using Azure.Data.Tables;
using Intake.Adapters.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Bench.EndToEnd;

/// <summary>The burst benchmarks' view of a host's outbox: the mails in it, read straight from its table.</summary>
public static class OutboxMails
{
    public static TableClient Table(BenchHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var clients = host.Services.GetRequiredService<StorageClients>();
        return clients.Table(clients.Options.OutboxTable);
    }

    /// <summary>
    /// Reads the outbox every <paramref name="pause"/> until it holds <paramref name="count"/> mails or
    /// <paramref name="patience"/> has passed, and returns each mail's reference and kind as last read.
    /// </summary>
    public static async Task<IReadOnlyList<(string? Reference, string Kind)>> WaitForAsync(TableClient outbox, int count, TimeSpan patience, TimeSpan pause, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var mails = new List<(string?, string)>();
            await foreach (var mail in outbox.QueryAsync<TableEntity>("PartitionKey eq 'mail' and RowKey ge 'mail-' and RowKey lt 'mail.'", select: ["RowKey", "Reference", "Kind"]))
            {
                mails.Add((mail.GetString("Reference"), mail.GetString("Kind") ?? "?"));
            }

            progress?.Invoke(mails.Count);
            if (mails.Count >= count || clock.Elapsed > patience)
            {
                return mails;
            }

            await Task.Delay(pause);
        }
    }
}
