namespace Intake.Integration.Tests.Durable;

/// <summary>A durable timer created on <see cref="FakeDurableContext"/>; fired or cancelled.</summary>
internal sealed class TimerCall
{
    private readonly TaskCompletionSource completion = new();

    public TimerCall(DateTime fireAt, CancellationToken cancellationToken)
    {
        FireAt = fireAt;
        Token = cancellationToken;
        cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
    }

    public DateTime FireAt { get; }

    public CancellationToken Token { get; }

    public Task Task => completion.Task;

    public void Fire() => WithoutContext.Run(() => completion.SetResult());
}
