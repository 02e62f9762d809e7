namespace Intake.Core.Process.Events;

/// <summary>Another system accepted the job and will post its receipt later; the request waits for it until <paramref name="AnswerBy"/>.</summary>
public sealed record SourceTaskAwaitingCallback(DateTimeOffset At, Actor Actor, string SourceId, DateTimeOffset AnswerBy) : RequestEvent(At, Actor);
