namespace Intake.Core.Process.Events;

/// <summary>Closed because the address was never verified (Art 12(6)); the person may ask again.</summary>
public sealed record ClosedUnverified(DateTimeOffset At, Actor Actor, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);
