namespace Intake.Core.Process.Events;

/// <summary>A verification link went to the person's address: proof that they control the address the data is keyed on.</summary>
public sealed record VerificationLinkSent(DateTimeOffset At, Actor Actor, int Attempt, DateTimeOffset ExpiresAt) : RequestEvent(At, Actor);
