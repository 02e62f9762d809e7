using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Web.Hosting;

/// <summary>
/// Keeps what a URL carries out of logs and traces. Our paths hold signed tokens (<c>/l/{token}</c>,
/// <c>/d/{token}</c>, <c>/status/{token}</c>, …) and the inbound endpoints may get their secret as
/// <c>?key=</c>; a log line or span that repeats the raw URL hands a working link or the secret to
/// whoever reads the logs. So requests are named by their route template, never by their path.
/// </summary>
public static class RequestRedaction
{
    /// <summary>
    /// ASP.NET Core's own log categories that write the raw path or query. Hosting logs
    /// "Request starting GET http://host/l/&lt;token&gt;?key=…" and, while that category is on, opens
    /// a log scope with the raw path around every log line of the request: it is turned off. The
    /// route matcher names the raw path at Debug, and a redirect result its target (a SAS, for a
    /// download) at Information: both are held above that.
    /// </summary>
    public static IReadOnlyDictionary<string, LogLevel> Categories { get; } = new Dictionary<string, LogLevel>
    {
        ["Microsoft.AspNetCore.Hosting.Diagnostics"] = LogLevel.None,
        ["Microsoft.AspNetCore.Routing.Matching"] = LogLevel.Information,
        ["Microsoft.AspNetCore.Http.Result"] = LogLevel.Warning,
    };

    /// <summary>Registers the log filters of <see cref="Categories"/>; both hosts call it.</summary>
    public static IServiceCollection AddRequestRedaction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging(logging =>
        {
            foreach (var (category, level) in Categories)
            {
                logging.AddFilter(category, level);
            }
        });
        return services;
    }

    /// <summary>
    /// Rewrites a request's span at its end: the path becomes the matched route template
    /// (<c>/l/{token}</c>), an unmatched path is dropped, and the query is dropped whole. Called from
    /// the ASP.NET Core instrumentation's enrichment, after routing has run.
    /// </summary>
    public static void Redact(Activity activity, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(context);
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        activity.SetTag("url.path", route is null ? null : "/" + route.TrimStart('/'));
        activity.SetTag("url.query", null);
        // The names of older semantic conventions, should an exporter or library still write them.
        activity.SetTag("http.target", null);
        activity.SetTag("http.url", null);
        if (route is null && activity.DisplayName.Contains('/', StringComparison.Ordinal))
        {
            activity.DisplayName = context.Request.Method;
        }
    }
}
