using Intake.Azure.Storage;
using Microsoft.Extensions.Configuration;

namespace Intake.Functions.Storage;

/// <summary>
/// Where the app keeps request data. A dedicated <c>ConnectionStrings:Storage</c> wins; then
/// <c>Storage:AccountName</c> (managed identity); then the Functions runtime's own
/// <c>AzureWebJobsStorage</c>, as a connection string or, for identity-based connections, as
/// <c>AzureWebJobsStorage__accountName</c>.
/// </summary>
internal static class StorageConfiguration
{
    public static StorageOptions Read(IConfiguration configuration)
    {
        var dedicated = Value(configuration, "ConnectionStrings:Storage");
        var account = Value(configuration, "Storage:AccountName");
        return new StorageOptions
        {
            ConnectionString = dedicated ?? (account is null ? Value(configuration, "AzureWebJobsStorage") : null),
            AccountName = account ?? Value(configuration, "AzureWebJobsStorage:accountName"),
            ClientId = Value(configuration, "Storage:ClientId") ?? Value(configuration, "AzureWebJobsStorage:clientId"),
            Prefix = Value(configuration, "Storage:Prefix") ?? string.Empty,
        };
    }

    private static string? Value(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key];
}
