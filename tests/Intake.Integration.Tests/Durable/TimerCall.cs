namespace Intake.Integration.Tests.Durable;

/// <summary>A durable timer created on a fake engine; fired by the test or cancelled by the adapter.</summary>
internal sealed class TimerCall(DateTime fireAt, CancellationToken cancellationToken) : PendingCall<bool>(cancellationToken)
{
    public DateTime FireAt => fireAt;

    public void Fire() => Answer(true);
}
