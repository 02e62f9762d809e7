namespace Intake.Core.Process.Events;

/// <summary>Every source answered; the export is being built.</summary>
public sealed record ExportAssemblyStarted(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
