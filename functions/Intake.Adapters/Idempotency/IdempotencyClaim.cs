namespace Intake.Adapters.Idempotency;

/// <summary>The answer of <see cref="IdempotencyStore.ClaimAsync"/>: the verdict and the record it rests on.</summary>
public sealed record IdempotencyClaim(IdempotencyVerdict Verdict, IdempotencyRecord Record);
