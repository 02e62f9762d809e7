namespace Intake.Core.RateLimits;

/// <summary>Counts takes against a <see cref="RateLimit"/> so that every host sharing the state enforces one limit.</summary>
public interface IRateLimiter
{
    /// <summary>Takes one permit of <paramref name="limit"/> for <paramref name="subject"/> (an address, an IP), or says how long to wait.</summary>
    Task<RateVerdict> TakeAsync(RateLimit limit, string subject, CancellationToken cancellationToken = default);
}
