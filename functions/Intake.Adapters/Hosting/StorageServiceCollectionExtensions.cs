using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Intake.Adapters.Settings;
using Intake.Adapters.Storage;
using Intake.Settings;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Adapters.Hosting;

/// <summary>
/// Where Intake keeps its state: the <c>Storage</c> settings, checked when the host starts, and the
/// Table, Blob and Queue service clients registered through <c>AddAzureClients</c>, so the identity
/// they use and their retry policy are set in this one place for every Azure client of the host.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageSettings"/> (as <see cref="StorageOptions"/> too), the three
    /// service clients and <see cref="StorageClients"/>. With a connection string the clients use it
    /// (Azurite, or an account with a key); otherwise they reach <c>Storage:AccountName</c>'s
    /// endpoints with <c>DefaultAzureCredential</c> (the app's managed identity in Azure).
    /// </summary>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageSettings>()
            .BindSettings(configuration, StorageSettings.SectionName)
            .Configure(settings => settings.ApplyConnection(configuration))
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<StorageSettings>>().Value.ToStorageOptions());

        services.AddAzureClients(azure =>
        {
            // Built only when a client reaches storage by identity; a connection string needs none.
            azure.UseCredential(provider => StorageClients.Credential(provider.GetRequiredService<StorageOptions>()));
            // Every client registered here retries alike (see StorageClients.Configure).
            azure.ConfigureDefaults(options => StorageClients.Configure(options));
            azure.AddClient<TableServiceClient, TableClientOptions>((options, credential, provider) =>
                StorageClients.CreateTables(provider.GetRequiredService<StorageOptions>(), options, credential));
            azure.AddClient<BlobServiceClient, BlobClientOptions>((options, credential, provider) =>
                StorageClients.CreateBlobs(provider.GetRequiredService<StorageOptions>(), options, credential));
            azure.AddClient<QueueServiceClient, QueueClientOptions>((options, credential, provider) =>
                StorageClients.CreateQueues(provider.GetRequiredService<StorageOptions>(), options, credential));
        });

        // AddAzureClients forwards the SDK's event log to the host's logger. Its lines name request
        // paths (table keys, blob names), and every expected 409 (a container that exists, an
        // idempotency key already taken) is a warning there: they would flood the log. Storage calls
        // are traced as spans already, so the log stays as it was before: without the SDK's lines.
        services.Configure<LoggerFilterOptions>(options => options.AddFilter("Azure", LogLevel.None));

        services.AddSingleton(provider => new StorageClients(
            provider.GetRequiredService<StorageOptions>(),
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<BlobServiceClient>(),
            provider.GetRequiredService<QueueServiceClient>()));
        return services;
    }
}
