namespace Intake.Core.Process.Events;

/// <summary>Done; the record is kept as evidence until the purge time.</summary>
public sealed record RequestCompleted(DateTimeOffset At, Actor Actor, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);
