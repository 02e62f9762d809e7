namespace Intake.Testing;

/// <summary>A clock the test moves by hand; real dates, no waiting.</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;

    public void Set(DateTimeOffset at) => now = at;
}
