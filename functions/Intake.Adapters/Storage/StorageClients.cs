using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Intake.Adapters.Storage;

/// <summary>
/// The three storage service clients and the names Intake gives its tables and containers. The
/// hosts get the clients from <c>AddAzureClients</c> (<see cref="Hosting.StorageServiceCollectionExtensions"/>),
/// where the credential and the retry policy are set once; <see cref="Create(StorageOptions)"/> builds
/// the same clients for code without a host (benchmarks). Transient faults are retried by the Azure
/// SDK pipeline (exponential, bounded) so callers see only failures that outlast a short outage.
/// </summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options, TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Tables = tables ?? throw new ArgumentNullException(nameof(tables));
        Blobs = blobs ?? throw new ArgumentNullException(nameof(blobs));
        Queues = queues ?? throw new ArgumentNullException(nameof(queues));
        UsesAccountKey = options.ConnectionString is { } connection
            && (connection.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
                || connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The clients as the hosts register them, for code that runs without a host.</summary>
    public static StorageClients Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The identity is asked for only when no connection string is given, as in the hosts.
        var credential = Connection(options) is null ? Credential(options) : null;
        return new StorageClients(
            options,
            CreateTables(options, Configure(new TableClientOptions()), credential),
            CreateBlobs(options, Configure(new BlobClientOptions()), credential),
            CreateQueues(options, Configure(new QueueClientOptions()), credential));
    }

    public StorageOptions Options { get; }

    public TableServiceClient Tables { get; }

    public QueueServiceClient Queues { get; }

    public BlobServiceClient Blobs { get; }

    /// <summary>True when SAS can be signed with the account key; otherwise a user-delegation key is used.</summary>
    public bool UsesAccountKey { get; }

    public TableClient Table(string name) => Tables.GetTableClient(name);

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    /// <summary>Creates every table and container Intake uses, if missing (the engine creates its task hub itself).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in new[] { Options.RequestsTable, Options.RequestIndexTable, Options.ViewLogTable, Options.OutboxTable, Options.IndexTable, Options.IdempotencyTable, Options.SuppressionTable, Options.RevokedLinksTable, Options.RateLimitsTable })
        {
            await Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var container in new[] { Options.ExportsContainer, Options.EvidenceContainer, Options.DataProtectionContainer })
        {
            await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// The Table service: by connection string (Azurite, or an account with a key) when one is
    /// given, else at the account's endpoint with <paramref name="credential"/>.
    /// </summary>
    public static TableServiceClient CreateTables(StorageOptions options, TableClientOptions clientOptions, TokenCredential? credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Connection(options) is { } connection
            ? new TableServiceClient(connection, clientOptions)
            : new TableServiceClient(Endpoint(options, "table"), credential ?? Credential(options), clientOptions);
    }

    /// <summary>The Blob service, chosen as <see cref="CreateTables"/> is.</summary>
    public static BlobServiceClient CreateBlobs(StorageOptions options, BlobClientOptions clientOptions, TokenCredential? credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Connection(options) is { } connection
            ? new BlobServiceClient(connection, clientOptions)
            : new BlobServiceClient(Endpoint(options, "blob"), credential ?? Credential(options), clientOptions);
    }

    /// <summary>The Queue service, chosen as <see cref="CreateTables"/> is; messages are sent as they are, not base64-wrapped.</summary>
    public static QueueServiceClient CreateQueues(StorageOptions options, QueueClientOptions clientOptions, TokenCredential? credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clientOptions);
        clientOptions.MessageEncoding = QueueMessageEncoding.None;
        return Connection(options) is { } connection
            ? new QueueServiceClient(connection, clientOptions)
            : new QueueServiceClient(Endpoint(options, "queue"), credential ?? Credential(options), clientOptions);
    }

    /// <summary>The identity storage is reached with when no connection string is given: the app's managed identity (a named one if <c>ClientId</c> is set).</summary>
    public static TokenCredential Credential(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ClientId });
    }

    private static string? Connection(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString) ? null : options.ConnectionString.Trim();

    private static Uri Endpoint(StorageOptions options, string service) =>
        string.IsNullOrWhiteSpace(options.AccountName)
            ? throw new InvalidOperationException("No storage configured: set ConnectionStrings:Storage (or AzureWebJobsStorage), or Storage:AccountName for managed identity.")
            : new Uri($"https://{options.AccountName.Trim()}.{service}.core.windows.net");

    /// <summary>
    /// The retry and timeout policy every storage client of the product uses, the engine's too.
    /// The short network timeout matters after an outage: a request cut off mid-flight would
    /// otherwise hang for the SDK's default 100 seconds and hold an engine work slot that long.
    /// </summary>
    public static T Configure<T>(T options)
        where T : global::Azure.Core.ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(15);
        return options;
    }
}
