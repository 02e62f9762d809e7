using System.Collections.Concurrent;
using Intake.Azure.Engine;
using Intake.Azure.Storage;
using Intake.Core.Controllers;
using Intake.Core.Deadlines;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Integration.Tests.Engine;

/// <summary>The local engine over a real Azurite, with its own prefix and a hand-moved clock.</summary>
internal sealed class EngineHarness
{
    private EngineHarness(StorageClients clients, ManualTime time, RecordingExecutor executor, EngineOptions options)
    {
        Clients = clients;
        Time = time;
        Executor = executor;
        Store = new TableRequestStore(clients.Table(clients.Options.RequestsTable));
        Wake = new WakeIndex(clients.Table(clients.Options.WakeTable));
        Queue = new WorkQueue(clients.Queues.GetQueueClient(clients.Options.WorkQueue));
        Engine = new RequestEngine(Store, Wake, Queue, time, options, NullLogger<RequestEngine>.Instance);
        Gateway = new LocalRequestGateway(Engine);
        Worker = new EffectWorker(Engine, executor, NullLogger<EffectWorker>.Instance);
        Scanner = new TimerScanner(Engine, NullLogger<TimerScanner>.Instance);
    }

    public StorageClients Clients { get; }

    public ManualTime Time { get; }

    public RecordingExecutor Executor { get; }

    public TableRequestStore Store { get; }

    public WakeIndex Wake { get; }

    public WorkQueue Queue { get; }

    public RequestEngine Engine { get; }

    public LocalRequestGateway Gateway { get; }

    public EffectWorker Worker { get; }

    public TimerScanner Scanner { get; }

    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(2));

    public static async Task<EngineHarness> CreateAsync(AzuriteFixture azurite, EngineOptions? options = null)
    {
        var prefix = StoragePrefix.New('t');
        var clients = new StorageClients(new StorageOptions { ConnectionString = azurite.ConnectionString, Prefix = prefix });
        await clients.EnsureCreatedAsync();
        return new EngineHarness(clients, new ManualTime(Start), new RecordingExecutor(), options ?? new EngineOptions { WorkerConcurrency = 8 });
    }

    public static SubmitRequest Submit(RequestId id, DateTimeOffset at, RequestType type = RequestType.Access, ProcessPolicy? policy = null) => new(
        at,
        Actor.Person,
        id,
        new NewRequest(new ControllerId("clerica"), type, true, Channel.WebForm, Language.En, new DataSubject("Test Person", "person@example.com"), null, RequestDetails.None),
        policy ?? ProcessPolicy.Default,
        new DeadlinePolicy("FI", "Europe/Helsinki"),
        [new PlannedSource("crm", "CRM", [SourceAction.Export, SourceAction.Erase], false), new PlannedSource("list", "List", [SourceAction.Export], false)],
        0);

    public static RequestId NewId() => RequestId.FromRandomBytes(Guid.NewGuid().ToByteArray());

    /// <summary>Runs queued effects until the queue is empty (the messages are visible at once in these tests).</summary>
    public async Task<int> DrainAsync(int rounds = 20)
    {
        var total = 0;
        for (var i = 0; i < rounds; i++)
        {
            var items = await Queue.ReceiveAsync(32, TimeSpan.FromMinutes(2));
            if (items.Count == 0)
            {
                return total;
            }

            await Task.WhenAll(items.Select(item => Worker.ProcessAsync(item, CancellationToken.None)));
            total += items.Count;
        }

        return total;
    }
}

/// <summary>An effect executor that records what ran and answers like the real sources would.</summary>
internal sealed class RecordingExecutor : IEffectExecutor
{
    public ConcurrentQueue<Effect> Ran { get; } = new();

    public Func<Effect, Exception?> FailWith { get; set; } = _ => null;

    public Task<RequestCommand?> ExecuteAsync(RequestState state, Effect effect, CancellationToken cancellationToken = default)
    {
        if (FailWith(effect) is { } error)
        {
            throw error;
        }

        Ran.Enqueue(effect);
        var now = DateTimeOffset.UtcNow;
        RequestCommand? result = effect switch
        {
            RunSource run => new RecordSourceReceipt(now, Actor.System, new SourceReceipt(run.SourceId, run.Action, SourceOutcome.Exported, 1, 1, [], null, null, now)),
            AssembleExport => new RecordExport(now, Actor.System, new ExportSummary($"{state.Id}/export.zip", 100, new string('0', 64), 3)),
            NotifyRecipients => new RecordRecipientsNotified(now, Actor.System, []),
            _ => null,
        };
        return Task.FromResult(result);
    }
}
