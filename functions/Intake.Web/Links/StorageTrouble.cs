using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Web.Links;

/// <summary>
/// The edge where storage failures become a friendly 503 with Retry-After instead of a 500: a link
/// page, a download or a callback that cannot reach Table or Blob storage changed nothing and can
/// simply be tried again. Logged with the status only — never the token or anything personal.
/// </summary>
public static partial class StorageTrouble
{
    public static async Task<IResult> GuardAsync(HttpContext http, Func<CancellationToken, Task<IResult>> handle, Func<IResult> unavailable)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(unavailable);
        try
        {
            return await handle(http.RequestAborted);
        }
        catch (Exception e) when (Is(e, http.RequestAborted))
        {
            var logger = http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("Intake.Web.Links");
            if (logger is not null)
            {
                LogUnavailable(logger, e.GetType().Name, (e as RequestFailedException)?.Status ?? 0);
            }

            return unavailable();
        }
    }

    /// <summary>Whether <paramref name="e"/> means storage could not be reached or answered with an error.</summary>
    public static bool Is(Exception e, CancellationToken requestAborted) => e switch
    {
        RequestFailedException or HttpRequestException or TimeoutException => true,
        // The SDK's network timeout surfaces as a cancellation the caller did not ask for.
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(inner => Is(inner, requestAborted)),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable while serving a link ({Exception}, status {Status}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exception, int status);
}
