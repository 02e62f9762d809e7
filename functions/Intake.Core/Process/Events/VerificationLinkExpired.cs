namespace Intake.Core.Process.Events;

/// <summary>The latest verification link expired unused; the person may ask for a new one.</summary>
public sealed record VerificationLinkExpired(DateTimeOffset At, Actor Actor) : RequestEvent(At, Actor);
