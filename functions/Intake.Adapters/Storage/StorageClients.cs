using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Intake.Adapters.Storage;

/// <summary>
/// The three storage service clients, built once from <see cref="StorageOptions"/>. Transient
/// faults are retried by the Azure SDK pipeline (exponential, bounded) so callers see only
/// failures that outlast a short outage.
/// </summary>
public sealed class StorageClients
{
    public StorageClients(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        if (!string.IsNullOrEmpty(options.Prefix) && !options.Prefix.All(char.IsAsciiLetterLower) )
        {
            throw new ArgumentException("Storage:Prefix may contain only lowercase letters a-z (tables, queues and containers share it).", nameof(options));
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var connection = options.ConnectionString.Trim();
            Tables = new TableServiceClient(connection, Configure(new TableClientOptions()));
            Queues = new QueueServiceClient(connection, Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None }));
            Blobs = new BlobServiceClient(connection, Configure(new BlobClientOptions()));
            UsesAccountKey = connection.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
                || connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);
        }
        else if (!string.IsNullOrWhiteSpace(options.AccountName))
        {
            var credential = Credential(options);
            var account = options.AccountName.Trim();
            Tables = new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), credential, Configure(new TableClientOptions()));
            Queues = new QueueServiceClient(new Uri($"https://{account}.queue.core.windows.net"), credential, Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None }));
            Blobs = new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential, Configure(new BlobClientOptions()));
            UsesAccountKey = false;
        }
        else
        {
            throw new InvalidOperationException("No storage configured: set ConnectionStrings:Storage (or AzureWebJobsStorage), or Storage:AccountName for managed identity.");
        }
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

    /// <summary>The identity storage is reached with when no connection string is given: the app's managed identity (a named one if <c>ClientId</c> is set).</summary>
    public static TokenCredential Credential(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ClientId });
    }

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
