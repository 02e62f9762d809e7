using Intake.Core.Sources;

namespace Intake.Core.Process.Events;

/// <summary>A source reported what it found, did and kept.</summary>
public sealed record SourceTaskFinished(DateTimeOffset At, Actor Actor, SourceReceipt Receipt) : RequestEvent(At, Actor);
