using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;

namespace Intake.Core.Tests.Orchestration;

/// <summary>
/// A durable engine simulated in virtual time. Commands are scheduled to arrive at their own
/// <see cref="RequestCommand.At"/>; while the orchestration waits, its timer fires first when it is
/// due strictly earlier than the next command, and the clock jumps to the timer's instant, as a
/// durable timer does. A command raised while no wait is open (e.g. during an effect) is buffered and
/// handed to the next wait at once, as Durable Functions buffers external events. Beyond
/// <see cref="Horizon"/> nothing happens: the wait stays open and the run stays pending, which is
/// how a test sees "the request is now waiting". Every call completes synchronously until then, so a
/// test reads the records right after starting the run.
/// </summary>
internal sealed class ScriptedEngine : IRequestOrchestrationContext
{
    private readonly List<RequestCommand> scheduled = [];
    private readonly Queue<RequestCommand> buffered = new();

    public ScriptedEngine(DateTimeOffset start)
    {
        Now = start;
        Executor = new CooperativeWorld(this);
    }

    public DateTimeOffset Now { get; private set; }

    /// <summary>Nothing arrives and no timer fires after this instant.</summary>
    public DateTimeOffset Horizon { get; private set; } = DateTimeOffset.MaxValue;

    /// <summary>Runs each effect; a throw stands for an activity that failed on every retry.</summary>
    public IEffectExecutor Executor { get; set; }

    /// <summary>Each call to <see cref="RunEffectsAsync"/>, with the effects it was given.</summary>
    public List<IReadOnlyList<Effect>> Batches { get; } = [];

    public List<Publication> Publications { get; } = [];

    public List<EngineWait> Waits { get; } = [];

    /// <summary>What the run continued as new with, if it did.</summary>
    public RequestOrchestrationInput? CarriedOver { get; private set; }

    /// <summary>Every event published, in publication order.</summary>
    public IEnumerable<RequestEvent> PublishedEvents => Publications.SelectMany(p => p.Events);

    public RequestState LastPublishedState => Publications[^1].State;

    /// <summary>Has <paramref name="commands"/> arrive at their own times.</summary>
    public ScriptedEngine Schedule(params RequestCommand[] commands)
    {
        scheduled.AddRange(commands);
        return this;
    }

    /// <summary>A command that has already arrived: the next wait returns it at once.</summary>
    public void Raise(RequestCommand command) => buffered.Enqueue(command);

    public ScriptedEngine RunUntil(DateTimeOffset horizon)
    {
        Horizon = horizon;
        return this;
    }

    /// <summary>Starts the orchestration and returns its task: completed if it ended, pending if it waits.</summary>
    public Task<RequestState> Start(RequestOrchestrationInput input)
    {
        CarriedOver = null;
        return RequestOrchestration.RunAsync(this, input);
    }

    public Task<RequestCommand?> WaitForCommandAsync(DateTimeOffset? wakeAt)
    {
        if (buffered.Count > 0)
        {
            Waits.Add(new EngineWait(Now, wakeAt, WaitEnd.Buffered));
            return Task.FromResult<RequestCommand?>(buffered.Dequeue());
        }

        var next = scheduled.OrderBy(c => c.At).FirstOrDefault();
        if (wakeAt is { } wake && (next is null || wake < next.At) && wake <= Horizon)
        {
            Waits.Add(new EngineWait(Now, wakeAt, WaitEnd.Timer));
            Now = wake > Now ? wake : Now;
            return Task.FromResult<RequestCommand?>(null);
        }

        if (next is not null && next.At <= Horizon)
        {
            scheduled.Remove(next);
            Waits.Add(new EngineWait(Now, wakeAt, WaitEnd.Command));
            Now = next.At > Now ? next.At : Now;
            return Task.FromResult<RequestCommand?>(next);
        }

        Waits.Add(new EngineWait(Now, wakeAt, WaitEnd.StillWaiting));
        Now = Horizon;
        return new TaskCompletionSource<RequestCommand?>().Task;
    }

    public async Task<IReadOnlyList<EffectOutcome>> RunEffectsAsync(RequestState state, IReadOnlyList<Effect> effects)
    {
        Batches.Add(effects.ToList());
        var outcomes = new List<EffectOutcome>();
        foreach (var effect in effects)
        {
            try
            {
                outcomes.Add(EffectOutcome.Done(effect, await Executor.ExecuteAsync(state, effect)));
            }
            catch (Exception e)
            {
                outcomes.Add(EffectOutcome.Failed(effect, e.Message));
            }
        }

        return outcomes;
    }

    public Task PublishAsync(RequestState state, IReadOnlyList<RequestEvent> newEvents, Rejection? lastRejection)
    {
        Publications.Add(new Publication(state, newEvents.ToList(), lastRejection));
        return Task.CompletedTask;
    }

    public void ContinueAsNew(RequestOrchestrationInput carryOver) => CarriedOver = carryOver;
}
