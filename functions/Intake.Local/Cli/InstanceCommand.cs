using System.CommandLine;
using System.Globalization;
using System.Text;
using Intake.Core.Audit;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Local.Engine;
using Intake.Orchestration;
using Intake.Orchestration.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Local.Cli;

/// <summary>
/// <c>instance &lt;reference&gt;</c>: how a request's process stands in the engine — runtime status,
/// the stage and version it reports, its last commands' outcomes, the history the engine keeps for
/// it — beside its record (stage, version, audit chain). Nothing about the person is printed.
/// Host settings may follow, e.g. <c>--ConnectionStrings:Storage=…</c>.
/// </summary>
public static class InstanceCommand
{
    public const string Name = "instance";

    public static Command Create()
    {
        var reference = new Argument<string>("reference") { Description = "The request's reference, e.g. R-7K3M-9QX2-HP." };
        var command = new Command(Name, "Show how a request's process stands in the engine and in its record.") { reference };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!RequestId.TryParse(parse.GetRequiredValue(reference), out var id))
            {
                await error.WriteLineAsync("Not a request reference.".AsMemory(), cancellationToken);
                return ExitCodes.Usage;
            }

            return await RunAsync(id.Value, [.. parse.UnmatchedTokens], output, error, cancellationToken);
        });
        return command;
    }

    private static Task<int> RunAsync(RequestId id, string[] hostArgs, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        PreparedHost.RunAsync(hostArgs, error, "Storage is not reachable.", async (app, token) =>
        {
            var services = app.Services;
            var instance = await services.GetRequiredService<IProcessClient>().GetAsync(id.Value, token);
            var record = await services.GetRequiredService<IRequestRecords>().LoadAsync(id, token);
            if (instance is null && record is null)
            {
                await error.WriteLineAsync($"No request {id} in this storage.".AsMemory(), token);
                return ExitCodes.Usage;
            }

            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Request {id}");
            if (instance is null)
            {
                text.AppendLine("  engine: no instance (its history was purged, or it never started)");
            }
            else
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  engine: {instance.Status}, created {instance.CreatedAt:u}, last updated {instance.LastUpdatedAt:u}");
                if (ProcessStatus.TryRead(instance.CustomStatus) is { } status)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  reported: stage {status.Stage ?? "-"}, version {status.Version}, due {status.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
                    foreach (var outcome in status.Outcomes.TakeLast(5))
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"    command {outcome.Id[..8]}: {outcome.Result}{(outcome.Code is { } code ? " (" + code + ")" : string.Empty)}");
                    }
                }

                var history = await services.GetRequiredService<TaskHubHistory>().MeasureAsync(id.Value, token);
                text.AppendLine(CultureInfo.InvariantCulture, $"  history: {history.Rows} rows, {history.Bytes / 1024.0:0.0} KB, {history.Executions} generation(s)");
            }

            if (record is null)
            {
                text.AppendLine("  record: none (not yet published, or purged)");
            }
            else
            {
                var trail = await services.GetRequiredService<IRequestRecords>().AuditTrailAsync(id, token);
                var verdict = AuditChain.Verify(trail);
                text.AppendLine(CultureInfo.InvariantCulture, $"  record: stage {record.State.Stage}, version {record.State.Version}, {trail.Count} audit entries, chain {(verdict.IsIntact ? "intact" : "broken")}");
            }

            await output.WriteAsync(text.ToString().AsMemory(), token);
            return ExitCodes.Success;
        }, cancellationToken);
}
