namespace Intake.Core.Process.Commands;

/// <summary>Send a fresh verification link.</summary>
public sealed record ResendVerification(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
