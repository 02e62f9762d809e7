namespace Intake.Core.Process.Events;

/// <summary>The person answered.</summary>
public sealed record InformationProvided(DateTimeOffset At, Actor Actor, string Answer) : RequestEvent(At, Actor);
