using Azure;
using Intake.Core.Process.Effects;

namespace Intake.Azure.Engine;

/// <summary>An effect in a request's outbox: written with the decision that caused it, marked done with the decision that records its result.</summary>
public sealed record EffectRecord(Effect Effect, EffectStatus Status, int Attempts, DateTimeOffset? LeaseUntil, string? LastError, DateTimeOffset CreatedAt, ETag ETag);

/// <summary>Where an outbox effect stands.</summary>
public enum EffectStatus
{
    Pending,
    Done,
    Parked,
}
