using Intake.Azure.Durable;
using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Serialization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Integration.Tests.Durable;

/// <summary>
/// A one-instance Durable engine in memory, playing both the orchestration context and the client,
/// so the real gateway, adapter, loop and activities run together against Azurite. It keeps the
/// engine's contract: inputs and outputs cross as text, an event with no live wait is buffered
/// (also across continue-as-new), a cancelled wait or timer is dropped, activities are retried away
/// into a typed failure. Each driving call (start, raise, fire) runs the orchestration on this
/// thread until it waits again, so a test reads the outcome right after the call returns.
/// </summary>
internal sealed class InMemoryDurableEngine(IReadOnlyDictionary<string, Func<string, Task<string?>>> activities, DateTimeOffset start) : IDurableContext, IOrchestrationClient
{
    private readonly Queue<string> buffered = new();
    private TaskCompletionSource<string>? waiter;
    private TimerCall? timer;
    private RequestId instance;
    private Task<RequestState>? run;
    private string? continuedWith;

    public string InstanceId => instance.Value;

    public DateTime CurrentUtcDateTime { get; private set; } = start.UtcDateTime;

    /// <summary>Runs of the orchestration function: one, plus one per continue-as-new.</summary>
    public int Executions { get; private set; }

    public object? CustomStatus { get; private set; }

    /// <summary>When the open timer will fire, if one is open.</summary>
    public DateTime? PendingTimer => timer is { Task.IsCompleted: false } open ? open.FireAt : null;

    public RequestState? Result => run is { IsCompletedSuccessfully: true } && continuedWith is null ? run.Result : null;

    public Task<OrchestrationStatus> GetStatusAsync(RequestId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(run is null || id != instance ? OrchestrationStatus.None : run.IsCompleted ? OrchestrationStatus.Ended : OrchestrationStatus.Active);

    public Task ScheduleAsync(RequestId id, string input, CancellationToken cancellationToken = default)
    {
        instance = id;
        Begin(input);
        return Task.CompletedTask;
    }

    public Task RaiseCommandAsync(RequestId id, string command, CancellationToken cancellationToken = default)
    {
        if (id == instance)
        {
            if (waiter is { Task.IsCompleted: false } open)
            {
                WithoutContext.Run(() => open.SetResult(command));
                Settle();
            }
            else
            {
                buffered.Enqueue(command);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Moves the clock to the open timer and fires it.</summary>
    public void FireTimer()
    {
        var open = timer is { Task.IsCompleted: false } t ? t : throw new InvalidOperationException("No timer is open.");
        CurrentUtcDateTime = open.FireAt > CurrentUtcDateTime ? open.FireAt : CurrentUtcDateTime;
        open.Fire();
        Settle();
    }

    public void AdvanceTo(DateTimeOffset now) => CurrentUtcDateTime = now.UtcDateTime;

    public Task<ActivityResult> CallActivityAsync(string name, string input, ActivityRetry retry)
    {
        try
        {
            // Run to the end before answering, so the orchestration goes on on this thread only.
            var output = Task.Run(() => activities[name](input)).GetAwaiter().GetResult();
            return Task.FromResult(ActivityResult.Completed(output));
        }
        catch (Exception e) when (e is not KeyNotFoundException)
        {
            return Task.FromResult(ActivityResult.Failed(e.GetType().FullName, e.Message));
        }
    }

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        timer = new TimerCall(fireAt, cancellationToken);
        return timer.Task;
    }

    public Task<string> WaitForExternalEvent(string eventName, CancellationToken cancellationToken)
    {
        if (buffered.TryDequeue(out var payload))
        {
            return Task.FromResult(payload);
        }

        var open = new TaskCompletionSource<string>();
        cancellationToken.Register(() => open.TrySetCanceled(cancellationToken));
        waiter = open;
        return open.Task;
    }

    public void SetCustomStatus(object? customStatus) => CustomStatus = customStatus;

    public void ContinueAsNew(string input) => continuedWith = input;

    private void Begin(string input)
    {
        Executions++;
        continuedWith = null;
        timer = null;
        waiter = null;
        var parsed = IntakeJson.Deserialize<RequestOrchestrationInput>(input);
        run = WithoutContext.Run(() => RequestOrchestration.RunAsync(new DurableOrchestrationContext(this, NullLogger.Instance), parsed));
        Settle();
    }

    /// <summary>Surfaces a crashed run, and starts the next run when this one continued as new.</summary>
    private void Settle()
    {
        if (run is { IsFaulted: true })
        {
            run.GetAwaiter().GetResult();
        }

        if (run is { IsCompletedSuccessfully: true } && continuedWith is { } next)
        {
            Begin(next);
        }
    }
}
