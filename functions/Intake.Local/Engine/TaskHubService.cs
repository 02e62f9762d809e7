using Azure.Identity;
using DurableTask.Core;
using DurableTask.AzureStorage;
using Intake.Azure.Storage;
using Microsoft.Extensions.Logging;

namespace Intake.Local.Engine;

/// <summary>
/// The Durable Task Framework's Azure Storage backend — the one Durable Functions uses in Azure —
/// on the storage the local host uses (its own Azurite, or any account by configuration). The
/// worker and the client share this one object.
/// </summary>
public static class TaskHubService
{
    public static AzureStorageOrchestrationService Create(StorageOptions storage, EngineSettings settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(settings);
        var accounts = !string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? new StorageAccountClientProvider(storage.ConnectionString.Trim())
            : new StorageAccountClientProvider(
                storage.AccountName ?? throw new InvalidOperationException("No storage configured for the engine."),
                string.IsNullOrWhiteSpace(storage.ClientId)
                    ? new DefaultAzureCredential()
                    : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = storage.ClientId }));
        return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = accounts,
            TaskHubName = storage.TaskHub,
            PartitionCount = settings.PartitionCount,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = settings.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.WorkItemQueueVisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = settings.MaxConcurrentOrchestrations,
            LeaseInterval = settings.LeaseInterval,
            LeaseRenewInterval = settings.LeaseRenewInterval,
            LeaseAcquireInterval = settings.LeaseRenewInterval,
            UseTablePartitionManagement = settings.UseTablePartitionManagement,

            // One host, no blue-green deployment to coordinate: an app lease would only delay a restart.
            UseAppLease = false,

            // Starting an id that exists must fail loudly, or a retried submission would be "accepted" twice.
            ThrowExceptionOnInvalidDedupeStatus = true,

            // Each generation continues as new with preserveUnprocessedEvents: commands raised meanwhile carry over.
            EventBehaviourForContinueAsNew = BehaviorOnContinueAsNew.Carryover,
            LoggerFactory = loggerFactory,
        });
    }
}
