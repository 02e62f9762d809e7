using Intake.Adapters.DataProtection;
using Intake.Adapters.Downloads;
using Intake.Adapters.Effects;
using Intake.Adapters.Evidence;
using Intake.Adapters.Export;
using Intake.Adapters.Idempotency;
using Intake.Adapters.Mail;
using Intake.Adapters.RateLimits;
using Intake.Adapters.Records;
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
    /// <returns>The configuration with the names that follow the storage prefix filled in, for the
    /// host's own additions (the local outbox's table).</returns>
    public static IConfiguration AddIntakeCommon(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Before any setting is read: a reference's text must never be taken for a secret.
        KeyVaultReferences.ThrowIfUnresolved(configuration);
        var storage = IntakeSettings.Storage(configuration);
        var clients = new StorageClients(storage);

        // Names that follow the storage prefix unless configured explicitly.
        var effective = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Intake:Evidence:ContainerName"] = storage.EvidenceContainer,
                ["Intake:Exports:ContainerName"] = storage.ExportsContainer,
                ["Outbox:TableName"] = storage.OutboxTable,
                [DataMapCatalog.FolderKey] = DataMapFolder.Locate(),
            })
            .AddConfiguration(configuration)
            .Build();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton(clients);
        services.AddSingleton(clients.Tables);
        services.AddSingleton(clients.Blobs);
        services.AddSingleton(clients.Queues);

        services.AddIntakeMail(effective);
        services.AddIntakeSources(effective);
        services.AddSingleton(provider => new SuppressionList(clients.Tables, provider.GetRequiredService<TimeProvider>(), storage.SuppressionTable));

        var keys = IntakeSettings.LinkKeys(configuration);
        services.AddSingleton(new LinkTokenSigner(keys));
        services.AddSingleton<ITokenRevocations>(new TableTokenRevocations(clients.Table(storage.RevokedLinksTable)));
        services.AddSingleton<LinkGate>();
        var links = IntakeSettings.Links(configuration);
        services.AddSingleton(links);
        services.AddSingleton(provider => new LinkIssuer(provider.GetRequiredService<LinkTokenSigner>(), links.PublicBaseUrl));
        services.AddSingleton(IntakeSettings.Downloads(configuration));
        services.AddSingleton(IntakeSettings.Intake(configuration));

        var requestIndex = new TableRequestIndex(clients.Table(storage.RequestIndexTable));
        services.AddSingleton<IRequestIndex>(requestIndex);
        services.AddSingleton<IRequestIndexChanges>(requestIndex);
        services.AddSingleton<IRequestRecords>(new TableRequestRecords(clients.Table(storage.RequestsTable), requestIndex));
        services.AddSingleton<IViewLog>(new TableViewLog(clients.Table(storage.ViewLogTable)));
        services.AddSingleton<IControllerCatalog, DataMapControllerCatalog>();
        // The repeat index hashes addresses with a key of its own, derived from Tokens:SigningKey as
        // before key rings (so keep that key configured, retired or revoked, while rotating), else from
        // the current key: rotating the key it hangs on starts repeat detection afresh.
        var indexRoot = keys.UnnamedId is { } unnamed ? keys.Find(unnamed)! : keys.Current;
        services.AddSingleton<IRepeatIndex>(new TableRepeatIndex(clients.Table(storage.IndexTable), indexRoot.Derive("intake-repeat-index"u8)));
        // Transient: it uses the gateway, which the Functions host provides per invocation.
        services.AddTransient<IntakeService>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<IRecordPurger>(provider => new StoredRecordPurger(
            provider.GetRequiredService<IRequestRecords>(),
            provider.GetRequiredService<IViewLog>(),
            provider.GetRequiredService<BlobEvidenceStore>().Container,
            provider.GetRequiredService<ExportAssembler>().Container));
        services.AddSingleton(provider => new ExportSas(clients.Blobs, provider.GetRequiredService<ExportAssembler>().Container, provider.GetRequiredService<DownloadOptions>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IExportUrls>(provider => provider.GetRequiredService<ExportSas>());
        services.AddSingleton<IStorageFaults, AzureStorageFaults>();
        AddEdgeStores(services, clients, keys);
        services.AddSingleton<IEffectExecutor, EffectExecutor>();
        return effective;
    }

    /// <summary>What the HTTP edges keep in storage, on every instance alike.</summary>
    private static void AddEdgeStores(IServiceCollection services, StorageClients clients, LinkKeyRing keys)
    {
        // Antiforgery tokens are signed with data protection keys: kept in storage, so every instance
        // and every restart accepts the forms the others served.
        services.AddOptions<KeyManagementOptions>().Configure(options =>
            options.XmlRepository = new BlobXmlRepository(clients.Container(clients.Options.DataProtectionContainer)));
        // Counters live one hour at most, so a key derived from the current link key is enough:
        // rotating it only starts the counts afresh.
        services.AddSingleton<IRateLimiter>(provider => new TableRateLimiter(
            clients.Table(clients.Options.RateLimitsTable),
            keys.Current.Derive("intake-rate-limits"u8),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<TableRateLimiter>>()));
        services.AddSingleton<IIdempotencyStore>(provider =>
            new IdempotencyStore(clients.Table(clients.Options.IdempotencyTable), provider.GetRequiredService<TimeProvider>()));
    }
}
