namespace Intake.Core.Process.Commands;

/// <summary>The person withdraws the request.</summary>
public sealed record WithdrawRequest(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
