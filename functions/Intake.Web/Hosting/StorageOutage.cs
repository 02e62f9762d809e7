using Intake.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Web.Hosting;

/// <summary>Asks the host's storage adapters whether an exception means storage is down (answered 503, not 500).</summary>
public static class StorageOutage
{
    public static bool IsStorageOutage(this HttpContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<IStorageFaults>().IsOutage(exception);
    }

    /// <summary>The wait a 503 for a storage outage asks of the client.</summary>
    public static TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(IStorageFaults.RetryAfterSeconds);
}
