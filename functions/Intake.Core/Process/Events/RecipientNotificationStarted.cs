namespace Intake.Core.Process.Events;

/// <summary>Art 19: recipients of the data are being told.</summary>
public sealed record RecipientNotificationStarted(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
