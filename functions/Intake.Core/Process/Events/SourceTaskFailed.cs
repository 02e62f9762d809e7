namespace Intake.Core.Process.Events;

/// <summary>A source failed. With a retry time it runs again then; without one it is flagged to staff.</summary>
public sealed record SourceTaskFailed(DateTimeOffset At, Actor Actor, string SourceId, int Attempt, string Error, DateTimeOffset? RetryAt) : RequestEvent(At, Actor);
