namespace Intake.Core.Idempotency;

/// <summary>The answer of <see cref="IIdempotencyStore.ClaimAsync"/>: the verdict and the record it rests on.</summary>
public sealed record IdempotencyClaim(IdempotencyVerdict Verdict, IdempotencyRecord Record);
