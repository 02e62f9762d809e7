namespace Intake.Integration.Tests.Durable;

/// <summary>A wait for an external event on <see cref="FakeDurableContext"/>; answered or abandoned.</summary>
internal sealed class EventWaitCall
{
    private readonly TaskCompletionSource<string> completion = new();

    public EventWaitCall(string name, CancellationToken cancellationToken)
    {
        Name = name;
        Token = cancellationToken;
        cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
    }

    public string Name { get; }

    public CancellationToken Token { get; }

    public Task<string> Task => completion.Task;

    public void Raise(string payload) => WithoutContext.Run(() => completion.SetResult(payload));
}
