namespace Intake.Core.Process.Events;

/// <summary>Staff handled a contact-form message.</summary>
public sealed record ContactHandled(DateTimeOffset At, Actor Actor, string? Note, DateTimeOffset PurgeAt) : RequestEvent(At, Actor);
