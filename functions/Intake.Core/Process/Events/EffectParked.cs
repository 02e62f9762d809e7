namespace Intake.Core.Process.Events;

/// <summary>An effect failed on every try; the request waits in the error step for staff.</summary>
public sealed record EffectParked(DateTimeOffset At, Actor Actor, ParkedEffect Parked) : RequestEvent(At, Actor);
