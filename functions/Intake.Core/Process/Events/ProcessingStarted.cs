using Intake.Core.Sources;

namespace Intake.Core.Process.Events;

/// <summary>Work started on every source that supports the action.</summary>
public sealed record ProcessingStarted(DateTimeOffset At, Actor Actor, SourceAction Action, IReadOnlyList<string> SourceIds) : RequestEvent(At, Actor);
