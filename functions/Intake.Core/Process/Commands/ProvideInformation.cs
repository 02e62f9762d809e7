namespace Intake.Core.Process.Commands;

/// <summary>The person answers a question staff asked.</summary>
public sealed record ProvideInformation(DateTimeOffset At, Actor Actor, string Answer) : RequestCommand(At, Actor);
