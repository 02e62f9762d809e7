using Intake.Azure.Durable;

namespace Intake.Integration.Tests.Durable;

/// <summary>An activity the orchestration scheduled on <see cref="FakeDurableContext"/>, completed by the test.</summary>
internal sealed class ActivityCall(string name, string input, ActivityRetry retry) : PendingCall<ActivityResult>(CancellationToken.None)
{
    public string Name => name;

    public string Input => input;

    public ActivityRetry Retry => retry;

    public void Complete(string? output = null) => Answer(ActivityResult.Completed(output));

    public void Fail(string errorType, string message) => Answer(ActivityResult.Failed(errorType, message));
}
