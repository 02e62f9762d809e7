using Intake.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intake.Web.Links;

/// <summary>
/// The edge where storage failures become a friendly 503 with Retry-After instead of a 500: a link
/// page, a download or a callback that cannot reach Table or Blob storage changed nothing and can
/// simply be tried again. Logged with the exception's type only — never the token or anything personal.
/// </summary>
public sealed partial class StorageTrouble(IStorageFaults faults, ILogger<StorageTrouble> logger)
{
    public async Task<IResult> GuardAsync(HttpContext http, Func<CancellationToken, Task<IResult>> handle, Func<IResult> unavailable)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(unavailable);
        try
        {
            return await handle(http.RequestAborted);
        }
        // A client that went away cancelled its own request: nothing to answer, nothing to log.
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested && faults.IsOutage(e))
        {
            LogUnavailable(logger, e.GetType().Name);
            return unavailable();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable while serving a link ({Exception}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exception);
}
