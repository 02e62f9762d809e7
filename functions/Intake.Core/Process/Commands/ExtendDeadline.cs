namespace Intake.Core.Process.Commands;

/// <summary>Staff extend the deadline by two months, giving the reasons told to the person.</summary>
public sealed record ExtendDeadline(DateTimeOffset At, Actor Actor, string Reason) : RequestCommand(At, Actor);
