namespace Intake.Integration.Tests.Mail;

/// <summary>A clock that moves one minute each time it is read, so stored mails have distinct, ordered times.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long reads;

    public override DateTimeOffset GetUtcNow() => start.AddMinutes(Interlocked.Increment(ref reads) - 1);
}
