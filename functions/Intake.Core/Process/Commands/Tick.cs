namespace Intake.Core.Process.Commands;

/// <summary>Time passed: act on every timer that is due at <c>At</c>.</summary>
public sealed record Tick(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
