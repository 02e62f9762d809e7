namespace Intake.Core.Process.Commands;

/// <summary>The person followed the verification link (the driver checked the signed token).</summary>
public sealed record ConfirmIdentity(DateTimeOffset At, Actor Actor) : RequestCommand(At, Actor);
