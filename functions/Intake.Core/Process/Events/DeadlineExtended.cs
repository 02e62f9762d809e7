namespace Intake.Core.Process.Events;

/// <summary>Art 12(3): extended by two further months, with reasons, told within the first month.</summary>
public sealed record DeadlineExtended(DateTimeOffset At, Actor Actor, string Reason, DateOnly ExtendedDueDate) : RequestEvent(At, Actor);
