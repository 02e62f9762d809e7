namespace Intake.Core.Process.Events;

/// <summary>Staff must decide before the request proceeds.</summary>
public sealed record StaffReviewRequested(DateTimeOffset At, Actor Actor, IReadOnlyList<ReviewReason> Reasons) : RequestEvent(At, Actor);
