using Intake.Core.RateLimits;
using Intake.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.RateLimits;

/// <summary>
/// The two limits of the person-facing doors, counted in storage so every host shares them:
/// posts per client address per minute (<c>Web:PostsPerMinute</c>: forms, status actions, API) and
/// requests per email address per hour (<c>Web:RequestsPerAddressPerHour</c>: every door, email
/// intake included — the address a flood of verification mails would hit).
/// </summary>
public sealed class PersonRateLimits(IRateLimiter limiter, PersonWebOptions options)
{
    private readonly RateLimit posts = new("client-posts", options.PostsPerMinute, TimeSpan.FromMinutes(1));
    private readonly RateLimit requests = new("address-requests", options.RequestsPerAddressPerHour, TimeSpan.FromHours(1));

    public Task<RateVerdict> TakePostAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return limiter.TakeAsync(posts, ClientAddress.Of(context), context.RequestAborted);
    }

    /// <summary>One request (or one mail answered) for <paramref name="email"/>; case and surrounding spaces do not make another address.</summary>
    public Task<RateVerdict> TakeRequestAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        return limiter.TakeAsync(requests, email.Trim().ToLowerInvariant(), cancellationToken);
    }
}
