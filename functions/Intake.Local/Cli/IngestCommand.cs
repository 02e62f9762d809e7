using System.CommandLine;
using Intake.Adapters.Storage;
using Intake.Local.Engine;
using Intake.Orchestration;
using Intake.Orchestration.Client;
using Intake.Web.Forms;
using Intake.Web.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intake.Local.Cli;

/// <summary>
/// <c>ingest &lt;file.eml&gt;</c>: takes in one mail from a file exactly as the inbound endpoint
/// would — the same reader, limits, classification and routing — against the configured storage
/// (starting Azurite like the server when none is configured). Prints the reference, or why the
/// mail was ignored or rejected. The request's process runs in the command while it takes the mail
/// in; what it has not finished (the verification mail, say) waits in the task hub for the next run
/// of the local host. Host settings may follow the file, e.g.
/// <c>--ConnectionStrings:Storage=…</c>.
/// </summary>
public static class IngestCommand
{
    public const string Name = "ingest";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The mail as an RFC 822 (.eml) file." };
        var command = new Command(Name, "Take in one mail from an .eml file as if it had arrived by email.")
        {
            file,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                await error.WriteLineAsync($"No such file: {path.FullName}".AsMemory(), cancellationToken);
                return ExitCodes.Usage;
            }

            return await RunAsync(path, [.. parse.UnmatchedTokens], output, error, cancellationToken);
        });
        return command;
    }

    private static Task<int> RunAsync(FileInfo path, string[] hostArgs, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        PreparedHost.RunAsync(hostArgs, error, "Storage is not reachable; nothing was taken in.", async (app, token) =>
        {
            await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync(token);

            // The request's process runs here while the mail is taken in, so its record exists when
            // the reference is printed; what it has not finished when this command ends waits,
            // durably, for the next run of the local host.
            var worker = app.Services.GetServices<IHostedService>().OfType<ProcessWorker>().Single();
            await worker.StartAsync(token);
            await using var stopWorker = new WorkerStop(worker);
            var reader = app.Services.GetRequiredService<InboundMailReader>();
            InboundOutcome outcome;
            await using (var mail = path.OpenRead())
            {
                var read = await reader.ReadMimeAsync(mail, token);
                outcome = await app.Services.GetRequiredService<InboundIntake>().HandleAsync(read, token);
            }

            if (outcome.Kind == InboundOutcomeKind.Opened && outcome.Reference is { } reference)
            {
                await AwaitFirstReportAsync(app.Services.GetRequiredService<IProcessClient>(), reference.Value, token);
            }

            await output.WriteLineAsync(Describe(outcome).AsMemory(), token);
            return outcome.Kind is InboundOutcomeKind.Opened or InboundOutcomeKind.AlreadyOpened ? ExitCodes.Success : ExitCodes.Usage;
        }, cancellationToken);

    private static string Describe(InboundOutcome outcome) => outcome.Kind switch
    {
        InboundOutcomeKind.Opened => $"Opened {outcome.Reference} ({outcome.Type?.ToString() ?? "?"}{(outcome.TypeIsCertain == false ? ", uncertain: staff triage" : string.Empty)}). The sender gets the verification mail (now, or when the local host next runs).",
        InboundOutcomeKind.AlreadyOpened => $"Already opened as {outcome.Reference}; nothing new was done.",
        InboundOutcomeKind.Ignored => $"Ignored: {outcome.Reason} (automated mail is recorded, never answered).",
        InboundOutcomeKind.Rejected => $"Rejected: {outcome.Reason}{(outcome.Replied ? "; the sender was told why" : "; nobody to answer")}.",
        InboundOutcomeKind.Throttled => $"Held back: the sender is over the per-address limit; nothing opened{(outcome.Replied ? "; the sender was told once" : string.Empty)}.",
        _ => $"Not opened: {outcome.Reason}.",
    };

    /// <summary>
    /// The record is published inside the process's first step, but the engine commits the step —
    /// and the stage it reports — only when the step ends. Stopping the worker in between leaves
    /// the instance unreported until the host next runs, so <c>instance</c> right after
    /// <c>ingest</c> would show nothing; waiting a moment (bounded) lets the step commit.
    /// </summary>
    private static async Task AwaitFirstReportAsync(IProcessClient process, string reference, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + FirstReportPatience;
        while (DateTimeOffset.UtcNow < until)
        {
            var instance = await process.GetAsync(reference, cancellationToken);
            if (ProcessStatus.TryRead(instance?.CustomStatus) is { Stage: not null })
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static readonly TimeSpan FirstReportPatience = TimeSpan.FromSeconds(15);

    /// <summary>Stops the engine worker the command started, after the work in hand.</summary>
    private sealed class WorkerStop(ProcessWorker worker) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await worker.StopAsync(patience.Token);
        }
    }
}
