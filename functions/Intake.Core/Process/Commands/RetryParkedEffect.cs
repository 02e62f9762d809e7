namespace Intake.Core.Process.Commands;

/// <summary>Staff retry the parked effect.</summary>
public sealed record RetryParkedEffect(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
