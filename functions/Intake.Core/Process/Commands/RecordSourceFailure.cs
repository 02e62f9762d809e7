namespace Intake.Core.Process.Commands;

/// <summary>A source's run failed after its own short retries.</summary>
public sealed record RecordSourceFailure(DateTimeOffset At, Actor Actor, string SourceId, string Error) : RequestCommand(At, Actor);
