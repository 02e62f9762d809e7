namespace Intake.Core.Process.Events;

/// <summary>The person downloaded the export (audited on every use).</summary>
public sealed record ExportDownloaded(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
