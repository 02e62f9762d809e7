namespace Intake.Core.Process.Commands;

/// <summary>Staff refuse, choosing a template ground and optionally adding detail.</summary>
public sealed record RefuseRequest(DateTimeOffset At, Actor Actor, RefusalGround Ground, string? Detail) : RequestCommand(At, Actor);
