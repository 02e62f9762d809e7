namespace Intake.Core.Process.Events;

/// <summary>The retention period ended; the record is deleted.</summary>
public sealed record RequestPurged(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
