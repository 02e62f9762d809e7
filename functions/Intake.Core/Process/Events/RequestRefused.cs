namespace Intake.Core.Process.Events;

/// <summary>Refused with reasons, the right to complain and to a judicial remedy (Art 12(4)).</summary>
public sealed record RequestRefused(DateTimeOffset At, Actor Actor, RefusalGround Ground, string? Detail, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);
