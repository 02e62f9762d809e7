using Intake.Adapters.DataProtection;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.Adapters.Downloads;
using Intake.Adapters.Effects;
using Intake.Adapters.Evidence;
using Intake.Adapters.Export;
using Intake.Adapters.Idempotency;
using Intake.Adapters.Mail;
using Intake.Adapters.RateLimits;
using Intake.Adapters.Records;
using Intake.Adapters.Settings;
using Intake.Adapters.Sources;
using Intake.Adapters.Storage;
using Intake.Adapters.Submissions;
using Intake.Adapters.Suppression;
using Intake.Adapters.Tokens;
using Intake.Core.Downloads;
using Intake.Core.Idempotency;
using Intake.Core.Process.Effects;
using Intake.Core.RateLimits;
using Intake.Core.Records;
using Intake.Core.Storage;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Intake.Adapters.Hosting;

/// <summary>
/// The services both hosts share: storage, mail, data maps and connectors, the effect executor,
/// links, downloads and the intake service. Each host adds the engine that runs the request process
/// (the Durable Task Framework in process, or Durable Functions) and its client.
/// </summary>
public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared services. The settings are bound with the options pattern and checked
    /// when the host starts, all wrong ones reported together (<see cref="SettingsCheck"/>); only the
    /// data maps are read here, so a broken map stops the host with its file and line.
    /// </summary>
    public static IServiceCollection AddIntakeCommon(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Before any setting is read: a reference's text must never be taken for a secret.
        KeyVaultReferences.ThrowIfUnresolved(configuration);

        // The data maps' folder defaults to the copy beside the app.
        var effective = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DataMapCatalog.FolderKey] = DataMapFolder.Locate() })
            .AddConfiguration(configuration)
            .Build();

        services.TryAddSingleton(TimeProvider.System);
        services.AddIntakeStorage(configuration);
        services.AddIntakeSettings(configuration);
        // The evidence and export containers follow the storage prefix unless configured; this runs
        // before the sections are bound, so a configured name wins.
        services.AddOptions<EvidenceOptions>().Configure(evidence => evidence.ContainerName = StorageSettings.Names(configuration).EvidenceContainer);
        services.AddOptions<ExportOptions>().Configure(exports => exports.ContainerName = StorageSettings.Names(configuration).ExportsContainer);

        services.AddIntakeMail(effective);
        // Before the sources: their default (the plain table name) is only for hosts without a storage prefix.
        services.AddSingleton(provider => new SuppressionList(
            provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<StorageOptions>().SuppressionTable));
        services.AddIntakeSources(effective);

        services.AddSingleton(provider => new LinkTokenSigner(provider.GetRequiredService<LinkKeyRing>()));
        services.AddSingleton<ITokenRevocations>(provider => new TableTokenRevocations(Table(provider, storage => storage.RevokedLinksTable)));
        services.AddSingleton<LinkGate>();
        services.AddSingleton(provider => new LinkIssuer(provider.GetRequiredService<LinkTokenSigner>(), provider.GetRequiredService<LinkOptions>().PublicBaseUrl));

        services.AddSingleton(provider => new TableRequestIndex(Table(provider, storage => storage.RequestIndexTable)));
        services.AddSingleton<IRequestIndex>(provider => provider.GetRequiredService<TableRequestIndex>());
        services.AddSingleton<IRequestIndexChanges>(provider => provider.GetRequiredService<TableRequestIndex>());
        services.AddSingleton<IRequestRecords>(provider => new TableRequestRecords(Table(provider, storage => storage.RequestsTable), provider.GetRequiredService<TableRequestIndex>()));
        services.AddSingleton<IViewLog>(provider => new TableViewLog(Table(provider, storage => storage.ViewLogTable)));
        services.AddSingleton<IControllerCatalog, DataMapControllerCatalog>();
        // The repeat index hashes addresses with a key of its own, derived from Tokens:SigningKey as
        // before key rings (so keep that key configured, retired or revoked, while rotating), else from
        // the current key: rotating the key it hangs on starts repeat detection afresh.
        services.AddSingleton<IRepeatIndex>(provider =>
        {
            var keys = provider.GetRequiredService<LinkKeyRing>();
            var indexRoot = keys.UnnamedId is { } unnamed ? keys.Find(unnamed)! : keys.Current;
            return new TableRepeatIndex(Table(provider, storage => storage.IndexTable), indexRoot.Derive("intake-repeat-index"u8));
        });
        // Transient: it uses the gateway, which the Functions host provides per invocation.
        services.AddTransient<IntakeService>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<IRecordPurger>(provider => new StoredRecordPurger(
            provider.GetRequiredService<IRequestRecords>(),
            provider.GetRequiredService<IViewLog>(),
            provider.GetRequiredService<BlobEvidenceStore>().Container,
            provider.GetRequiredService<ExportAssembler>().Container));
        services.AddSingleton(provider => new ExportSas(provider.GetRequiredService<BlobServiceClient>(), provider.GetRequiredService<ExportAssembler>().Container, provider.GetRequiredService<DownloadOptions>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IExportUrls>(provider => provider.GetRequiredService<ExportSas>());
        services.AddSingleton<IStorageFaults, AzureStorageFaults>();
        AddEdgeStores(services);
        services.AddSingleton<IEffectExecutor, EffectExecutor>();
        return services;
    }

    private static TableClient Table(IServiceProvider provider, Func<StorageOptions, string> name) =>
        provider.GetRequiredService<TableServiceClient>().GetTableClient(name(provider.GetRequiredService<StorageOptions>()));

    /// <summary>What the HTTP edges keep in storage, on every instance alike.</summary>
    private static void AddEdgeStores(IServiceCollection services)
    {
        // Antiforgery tokens are signed with data protection keys: kept in storage, so every instance
        // and every restart accepts the forms the others served.
        services.AddOptions<KeyManagementOptions>().Configure<StorageClients>((options, clients) =>
            options.XmlRepository = new BlobXmlRepository(clients.Container(clients.Options.DataProtectionContainer)));
        // Counters live one hour at most, so a key derived from the current link key is enough:
        // rotating it only starts the counts afresh.
        services.AddSingleton<IRateLimiter>(provider => new TableRateLimiter(
            Table(provider, storage => storage.RateLimitsTable),
            provider.GetRequiredService<LinkKeyRing>().Current.Derive("intake-rate-limits"u8),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<TableRateLimiter>>()));
        services.AddSingleton<IIdempotencyStore>(provider =>
            new IdempotencyStore(Table(provider, storage => storage.IdempotencyTable), provider.GetRequiredService<TimeProvider>()));
    }
}
