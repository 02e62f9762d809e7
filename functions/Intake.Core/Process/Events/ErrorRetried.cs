namespace Intake.Core.Process.Events;

/// <summary>Staff retried the parked effect.</summary>
public sealed record ErrorRetried(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
