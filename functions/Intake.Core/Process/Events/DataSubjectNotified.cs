namespace Intake.Core.Process.Events;

/// <summary>
/// An agent's request was approved: the data subject is told at their own address, and the
/// sources wait until <paramref name="ProceedAt"/>, so a person whose name was misused can stop it.
/// </summary>
public sealed record DataSubjectNotified(DateTimeOffset At, Actor Actor, DateTimeOffset ProceedAt) : RequestEvent(At, Actor);
