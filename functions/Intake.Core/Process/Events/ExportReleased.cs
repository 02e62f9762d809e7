namespace Intake.Core.Process.Events;

/// <summary>Staff released the export.</summary>
public sealed record ExportReleased(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
