namespace Intake.Core.Process.Commands;

/// <summary>Staff ask the person for information needed to act.</summary>
public sealed record AskForInformation(DateTimeOffset At, Actor Actor, string Question) : RequestCommand(At, Actor);
