using System.Threading.RateLimiting;
using Intake.Web.Api;
using Intake.Web.Forms;
using Intake.Web.Pages;
using Microsoft.AspNetCore.RateLimiting;

namespace Intake.Web.Hosting;

/// <summary>
/// The answer when a client posts too often: 429 with Retry-After, as ProblemDetails under
/// <c>/api/</c> and as a page in the path's language elsewhere. Nothing of the post was read.
/// </summary>
public static class PersonWebRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            FormPages.SetRetryAfter(context, wait);
            await ApiProblems.TooMany().ExecuteAsync(context);
            return;
        }

        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var language = PageLanguage.From(context.Request, segment);
        await FormPages.TooMany(context, language, wait, path).ExecuteAsync(context);
    }
}
