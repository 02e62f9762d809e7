namespace Intake.Core.Process.Commands;

/// <summary>Staff mark a contact message handled.</summary>
public sealed record HandleContact(DateTimeOffset At, Actor Actor, string? Note) : RequestCommand(At, Actor);
