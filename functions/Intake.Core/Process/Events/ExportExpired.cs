namespace Intake.Core.Process.Events;

/// <summary>The download link lifetime ended; the export is deleted.</summary>
public sealed record ExportExpired(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
