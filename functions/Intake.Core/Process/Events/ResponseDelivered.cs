namespace Intake.Core.Process.Events;

/// <summary>The answer went to the person: this meets the statutory deadline.</summary>
public sealed record ResponseDelivered(DateTimeOffset At, Actor Actor, DateTimeOffset? DownloadExpiresAt) : RequestEvent(At, Actor);
