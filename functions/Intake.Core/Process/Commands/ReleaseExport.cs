namespace Intake.Core.Process.Commands;

/// <summary>Staff release the export to the person.</summary>
public sealed record ReleaseExport(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
