using System.CommandLine;
using System.Globalization;
using Intake.Adapters.Records;
using Intake.Adapters.Storage;
using Intake.Core.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Local.Cli;

/// <summary>
/// <c>reindex</c>: writes the request index summary of every stored record, for an installation
/// whose records were written before the index existed (the staff list and the accountability
/// report read only the index). Safe beside a running host: a summary is written only where the
/// index holds none or an older version. Records already purged left nothing to summarise. Prints
/// counts only. Host settings may follow, e.g. <c>--ConnectionStrings:Storage=…</c>.
/// </summary>
public static class ReindexCommand
{
    public const string Name = "reindex";

    public static Command Create()
    {
        var command = new Command(Name, "Write the request index summary of every stored request record (after an upgrade).");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => RunAsync([.. parse.UnmatchedTokens], parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(string[] hostArgs, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        PreparedHost.RunAsync(hostArgs, error, "Storage is not reachable.", async (app, token) =>
        {
            var clients = app.Services.GetRequiredService<StorageClients>();
            var index = new TableRequestIndex(clients.Table(clients.Options.RequestIndexTable));
            var records = new TableRequestRecords(clients.Table(clients.Options.RequestsTable), index);
            int written = 0, current = 0, skipped = 0;
            await foreach (var state in records.AllRequestsAsync(token))
            {
                if (!state.Exists || state.Request is null)
                {
                    skipped++;
                }
                else if (await index.WriteIfNewerAsync(RequestSummary.Of(state), token))
                {
                    written++;
                }
                else
                {
                    current++;
                }
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Reindexed {written + current + skipped} records: {written} summaries written, {current} already current, {skipped} without a request.").AsMemory(), token);
            return ExitCodes.Success;
        }, cancellationToken);
}
