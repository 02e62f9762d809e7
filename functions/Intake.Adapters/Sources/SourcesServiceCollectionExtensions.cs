using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Adapters.Evidence;
using Intake.Adapters.Export;
using Intake.Adapters.Recipients;
using Intake.Adapters.Suppression;
using Intake.Core.DataMaps;
using Intake.Core.Sources;
using Intake.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intake.Adapters.Sources;

/// <summary>Wires data maps, connectors, evidence, export, suppression and the Art 19 notifier into a host.</summary>
public static class SourcesServiceCollectionExtensions
{
    /// <summary>The folder read when <see cref="DataMapCatalog.FolderKey"/> is not configured.</summary>
    public const string DefaultFolder = "config/controllers";

    /// <summary>
    /// Loads and validates every data map now, so a host with a broken map fails at start-up with
    /// file, line and field, and one with a plain-http webhook (<see cref="WebhookTransport"/>) too. Expects <see cref="BlobServiceClient"/>, <see cref="TableServiceClient"/>
    /// and <see cref="Core.Notifications.IMailSender"/> to be registered by the host.
    /// </summary>
    /// <exception cref="DataMapException">A data map is invalid.</exception>
    public static IServiceCollection AddIntakeSources(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var catalog = DataMapCatalog.LoadFolder(configuration[DataMapCatalog.FolderKey] ?? DefaultFolder);
        // The host's environment as the generic host reads it (ASPNETCORE_/DOTNET_ENVIRONMENT, --environment).
        var development = string.Equals(configuration[HostDefaults.EnvironmentKey], Environments.Development, StringComparison.OrdinalIgnoreCase);
        WebhookTransport.ThrowIfInsecure(catalog, development);
        services.AddSingleton(catalog);
        services.AddSingleton<IDataMapCatalog>(catalog);
        // Bound and checked when the host starts; the connectors and stores take the values.
        services.AddOptions<ConnectorOptions>().BindSettings(configuration, ConnectorOptions.Section).ValidateOnStart();
        services.AddOptions<EvidenceOptions>().BindSettings(configuration, EvidenceOptions.SectionName).ValidateOnStart();
        services.AddOptions<ExportOptions>().BindSettings(configuration, ExportOptions.SectionName).ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ConnectorOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<EvidenceOptions>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ExportOptions>>().Value);
        var secrets = new SourceSecrets(configuration);
        services.AddSingleton(secrets);
        services.AddSingleton<IWebhookSigningKeys>(secrets);
        // Each source's own timeout (Polly) cuts a call; HttpClient's fixed 100 s must not cut it first.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(nameof(WebhookConnector), client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<IDataSourceConnector, SqliteConnector>();
        services.AddSingleton<IDataSourceConnector, PostgresConnector>();
        services.AddSingleton<IDataSourceConnector, AzureTableConnector>();
        services.AddSingleton<IDataSourceConnector, ManualConnector>();
        services.AddSingleton<IDataSourceConnector>(provider => new WebhookConnector(
            Http(provider), provider.GetRequiredService<SourceSecrets>(), provider.GetRequiredService<ConnectorOptions>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new BlobEvidenceStore(provider.GetRequiredService<BlobServiceClient>(), provider.GetRequiredService<EvidenceOptions>()));
        services.AddSingleton<IEvidenceWriter>(provider => provider.GetRequiredService<BlobEvidenceStore>());
        services.AddSingleton<IEvidenceStore>(provider => provider.GetRequiredService<BlobEvidenceStore>());
        services.TryAddSingleton(provider => new SuppressionList(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SourceTaskRunner>();
        services.AddSingleton<IManualTaskConfirmer, ManualTaskConfirmer>();
        services.AddSingleton(provider => new ExportAssembler(
            catalog, provider.GetRequiredService<BlobEvidenceStore>(), provider.GetRequiredService<BlobServiceClient>(), provider.GetRequiredService<ExportOptions>()));
        services.AddSingleton(provider => new RecipientNotifier(
            catalog, provider.GetRequiredService<Core.Notifications.IMailSender>(), Http(provider), provider.GetRequiredService<SourceSecrets>(), provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static HttpClient Http(IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookConnector));
}
