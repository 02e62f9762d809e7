namespace Intake.Core.Process.Events;

/// <summary>The due date passed without an answer; escalated to staff.</summary>
public sealed record OverdueEscalated(DateTimeOffset At, Actor Actor, DateOnly DueDate) : RequestEvent(At, Actor);
