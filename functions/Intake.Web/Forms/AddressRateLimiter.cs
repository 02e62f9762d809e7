using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace Intake.Web.Forms;

/// <summary>
/// Limits how many requests one email address may open per hour, whatever the IP address: the form
/// and the API must not become a way to flood someone's mailbox with verification mails. The
/// address is kept only as a hash, and only in memory.
/// </summary>
public sealed class AddressRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? limiter;

    public AddressRateLimiter(int perHour)
    {
        if (perHour > 0)
        {
            limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perHour,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
            }));
        }
    }

    /// <summary>Null when the address may open another request now; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (limiter is null)
        {
            return null;
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromHours(1);
    }

    public void Dispose() => limiter?.Dispose();
}
