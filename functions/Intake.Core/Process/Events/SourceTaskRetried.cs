namespace Intake.Core.Process.Events;

/// <summary>A failed source runs again.</summary>
public sealed record SourceTaskRetried(DateTimeOffset At, Actor Actor, string SourceId, int Attempt) : RequestEvent(At, Actor);
