using Intake.Core.RateLimits;
using Intake.Core.Storage;
using Intake.Web.Api;
using Intake.Web.Forms;
using Intake.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Web.RateLimits;

/// <summary>
/// Counts every post of a person-facing endpoint against its client address before the handler
/// reads anything. Over the limit: 429 with Retry-After, as problem details under <c>/api/</c> and
/// as a page in the path's language elsewhere. When the counters cannot be reached the post is not
/// taken either: 503 with Retry-After, as when storage fails in a handler.
/// </summary>
public sealed partial class PostLimitFilter(PersonRateLimits limits, IStorageFaults storage, ILogger<PostLimitFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var context = invocation.HttpContext;
        var path = context.Request.Path.Value ?? string.Empty;
        var isApi = path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
        var language = PageLanguage.From(context.Request, path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        RateVerdict verdict;
        try
        {
            verdict = await limits.TakePostAsync(context);
        }
        catch (Exception e) when (storage.IsOutage(e))
        {
            LogStorageDown(logger, e.GetType().Name);
            if (isApi)
            {
                FormPages.SetRetryAfter(context, IStorageFaults.RetryAfter);
                return ApiProblems.Unavailable();
            }

            return FormPages.Unavailable(context, language, path);
        }

        if (verdict.Allowed)
        {
            return await next(invocation);
        }

        if (isApi)
        {
            FormPages.SetRetryAfter(context, verdict.RetryAfter);
            return ApiProblems.TooMany();
        }

        return FormPages.TooMany(context, language, verdict.RetryAfter, path);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate-limit counters unreachable ({Error}); the post answered 503")]
    private static partial void LogStorageDown(ILogger logger, string error);
}
