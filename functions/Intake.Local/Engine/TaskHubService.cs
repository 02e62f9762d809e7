using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.Core;
using DurableTask.AzureStorage;
using Intake.Adapters.Storage;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Engine;

/// <summary>
/// The Durable Task Framework's Azure Storage backend — the one Durable Functions uses in Azure —
/// on the storage the local host uses (its own Azurite, or any account by configuration). The
/// client keeps one for the host's life; the worker makes a fresh one each time it starts, so a
/// restart after a storage outage leaves no in-memory session behind (see ProcessWorker).
/// </summary>
public static class TaskHubService
{
    public static AzureStorageOrchestrationService Create(StorageOptions storage, EngineSettings settings, ILoggerFactory loggerFactory) =>
        new(FrameworkSettings(storage, settings, loggerFactory));

    /// <summary>The framework's settings for the task hub: every <c>Engine:*</c> setting lands here.</summary>
    public static AzureStorageOrchestrationServiceSettings FrameworkSettings(StorageOptions storage, EngineSettings settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(settings);
        var accounts = Accounts(storage);
        return new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = accounts,
            TaskHubName = storage.TaskHub,
            PartitionCount = settings.PartitionCount,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = settings.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.WorkItemQueueVisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = settings.MaxConcurrentOrchestrations,
            ControlQueueBatchSize = settings.ControlQueueBatchSize,
            ControlQueueBufferThreshold = settings.ControlQueueBufferThreshold,
            ExtendedSessionsEnabled = settings.ExtendedSessions,
            ExtendedSessionIdleTimeout = settings.ExtendedSessionIdleTimeout,
            LeaseInterval = settings.LeaseInterval,
            LeaseRenewInterval = settings.LeaseRenewInterval,
            LeaseAcquireInterval = settings.LeaseRenewInterval,
            UseTablePartitionManagement = settings.UseTablePartitionManagement,
            PartitionTableOperationTimeout = settings.PartitionTableTimeout,

            // One host, no blue-green deployment to coordinate: an app lease would only delay a restart.
            UseAppLease = false,

            // Starting an id that exists must fail loudly, or a retried submission would be "accepted" twice.
            ThrowExceptionOnInvalidDedupeStatus = true,

            // Each generation continues as new with preserveUnprocessedEvents: commands raised meanwhile carry over.
            EventBehaviourForContinueAsNew = BehaviorOnContinueAsNew.Carryover,
            LoggerFactory = loggerFactory,
        };
    }

    // The engine's clients get the product's retry and timeout policy rather than the SDK defaults.
    private static StorageAccountClientProvider Accounts(StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            var connection = storage.ConnectionString.Trim();
            return new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(connection, StorageClients.Configure(new BlobClientOptions())),
                StorageServiceClientProvider.ForQueue(connection, StorageClients.Configure(new QueueClientOptions())),
                StorageServiceClientProvider.ForTable(connection, StorageClients.Configure(new TableClientOptions())));
        }

        var account = storage.AccountName ?? throw new InvalidOperationException("No storage configured for the engine.");
        var credential = StorageClients.Credential(storage);
        return new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(account, credential, StorageClients.Configure(new BlobClientOptions())),
            StorageServiceClientProvider.ForQueue(account, credential, StorageClients.Configure(new QueueClientOptions())),
            StorageServiceClientProvider.ForTable(account, credential, StorageClients.Configure(new TableClientOptions())));
    }
}
