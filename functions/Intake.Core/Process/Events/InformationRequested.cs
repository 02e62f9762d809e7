namespace Intake.Core.Process.Events;

/// <summary>Staff asked the person for information they need to act (e.g. which customer account).</summary>
public sealed record InformationRequested(DateTimeOffset At, Actor Actor, string Question) : RequestEvent(At, Actor);
