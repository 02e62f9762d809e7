namespace Intake.Core.Process.Events;

/// <summary>A manual source: staff must confirm what they found or did.</summary>
public sealed record SourceTaskAwaitingStaff(DateTimeOffset At, Actor Actor, string SourceId, string? Note) : RequestEvent(At, Actor);
