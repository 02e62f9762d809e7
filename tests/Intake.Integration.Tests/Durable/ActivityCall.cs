using Intake.Azure.Durable;

namespace Intake.Integration.Tests.Durable;

/// <summary>An activity the orchestration scheduled on <see cref="FakeDurableContext"/>, completed by the test.</summary>
internal sealed class ActivityCall(string name, string input, ActivityRetry retry)
{
    private readonly TaskCompletionSource<ActivityResult> completion = new();

    public string Name => name;

    public string Input => input;

    public ActivityRetry Retry => retry;

    public bool IsCompleted => completion.Task.IsCompleted;

    public Task<ActivityResult> Task => completion.Task;

    public void Complete(string? output = null) => WithoutContext.Run(() => completion.SetResult(ActivityResult.Completed(output)));

    public void Fail(string errorType, string message) => WithoutContext.Run(() => completion.SetResult(ActivityResult.Failed(errorType, message)));
}
