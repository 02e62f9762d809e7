namespace Intake.Core.Process.Events;

/// <summary>Policy wants staff to release the export before the person gets it.</summary>
public sealed record ExportReleaseRequested(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
