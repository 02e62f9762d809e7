namespace Intake.Integration.Tests.Durable;

/// <summary>A wait for an external event on <see cref="FakeDurableContext"/>; answered by the test or abandoned by the adapter.</summary>
internal sealed class EventWaitCall(string name, CancellationToken cancellationToken) : PendingCall<string>(cancellationToken)
{
    public string Name => name;

    public void Raise(string payload) => Answer(payload);
}
