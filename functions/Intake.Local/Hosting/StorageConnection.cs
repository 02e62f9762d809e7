using Microsoft.Extensions.Configuration;

namespace Intake.Local.Hosting;

/// <summary>Where the storage connection string comes from, in the order the host looks.</summary>
public static class StorageConnection
{
    /// <summary><c>ConnectionStrings:Storage</c>, then <c>AzureWebJobsStorage</c> (as in local.settings), then <c>Values:AzureWebJobsStorage</c>.</summary>
    public static string? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new[]
        {
            configuration.GetConnectionString("Storage"),
            configuration["AzureWebJobsStorage"],
            configuration["Values:AzureWebJobsStorage"],
        }.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
    }

    /// <summary>Whether storage is configured at all (a connection string or an account for managed identity).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        From(configuration) is not null || !string.IsNullOrWhiteSpace(configuration["Storage:AccountName"]);
}
