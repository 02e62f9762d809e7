namespace Intake.Core.Process.Commands;

/// <summary>Staff run a flagged source again.</summary>
public sealed record RetrySource(DateTimeOffset At, Actor Actor, string SourceId) : RequestCommand(At, Actor);
