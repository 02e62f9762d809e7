namespace Intake.Integration.Tests.Durable;

/// <summary>
/// A call into a fake engine that stays open until the test answers it, or until its token is
/// cancelled by the code under test. Answers are given with no synchronization context, so the
/// orchestration code resumes inline (see <see cref="WithoutContext"/>).
/// </summary>
internal abstract class PendingCall<T>
{
    private readonly TaskCompletionSource<T> completion = new();

    protected PendingCall(CancellationToken cancellationToken)
    {
        Token = cancellationToken;
        cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
    }

    public CancellationToken Token { get; }

    public Task<T> Task => completion.Task;

    public bool IsCompleted => completion.Task.IsCompleted;

    protected void Answer(T value) => WithoutContext.Run(() => completion.SetResult(value));
}
