namespace Intake.Core.Process.Commands;

/// <summary>The person used the download link.</summary>
public sealed record RecordDownload(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
