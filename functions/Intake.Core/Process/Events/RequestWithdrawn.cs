namespace Intake.Core.Process.Events;

/// <summary>The person withdrew the request.</summary>
public sealed record RequestWithdrawn(DateTimeOffset At, Actor Actor, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);
