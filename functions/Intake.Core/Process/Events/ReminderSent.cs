namespace Intake.Core.Process.Events;

/// <summary>Staff were reminded of the due date.</summary>
public sealed record ReminderSent(DateTimeOffset At, Actor Actor, string Key, DateOnly DueDate, int DaysLeft) : RequestEvent(At, Actor);
