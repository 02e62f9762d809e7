using Intake.Adapters.Storage;
using Intake.Local.Engine;
using Intake.Orchestration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Integration.Tests.Host;

/// <summary>
/// Every <c>Engine:*</c> setting an operator tunes for a burst reaches the Durable Task Framework:
/// a setting that is bound and checked but never handed on would be tuned in vain.
/// </summary>
public sealed class EngineSettingsTests
{
    private static readonly StorageOptions Storage = new() { ConnectionString = "UseDevelopmentStorage=true", Prefix = "t" };

    [Fact]
    public void Burst_settings_reach_the_framework()
    {
        var engine = new LocalEngineSettings
        {
            PartitionCount = 4,
            ControlQueueVisibilitySeconds = 300,
            WorkItemQueueVisibilitySeconds = 240,
            ControlQueueBatchSize = 16,
            ControlQueueBufferThreshold = 32,
            ExtendedSessions = true,
            ExtendedSessionIdleSeconds = 45,
            MaxConcurrentActivities = 8,
            MaxConcurrentOrchestrations = 4,
            LeaseSeconds = 30,
            LeaseRenewSeconds = 5,
            PartitionTableTimeoutSeconds = 10,
        };

        var framework = TaskHubService.FrameworkSettings(Storage, EngineSettings.From(engine, new ProcessClientSettings()), NullLoggerFactory.Instance);

        Assert.Equal(4, framework.PartitionCount);
        Assert.Equal(TimeSpan.FromSeconds(300), framework.ControlQueueVisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(240), framework.WorkItemQueueVisibilityTimeout);
        Assert.Equal(16, framework.ControlQueueBatchSize);
        Assert.Equal(32, framework.ControlQueueBufferThreshold);
        Assert.True(framework.ExtendedSessionsEnabled);
        Assert.Equal(TimeSpan.FromSeconds(45), framework.ExtendedSessionIdleTimeout);
        Assert.Equal(8, framework.MaxConcurrentTaskActivityWorkItems);
        Assert.Equal(4, framework.MaxConcurrentTaskOrchestrationWorkItems);
        Assert.Equal(TimeSpan.FromSeconds(30), framework.LeaseInterval);
        Assert.Equal(TimeSpan.FromSeconds(5), framework.LeaseRenewInterval);
        Assert.Equal(TimeSpan.FromSeconds(10), framework.PartitionTableOperationTimeout);
        Assert.Equal("tintakehub", framework.TaskHubName);
    }

    [Fact]
    public void The_defaults_are_the_frameworks_own_for_what_the_local_host_does_not_tune()
    {
        var framework = TaskHubService.FrameworkSettings(Storage, EngineSettings.From(new LocalEngineSettings(), new ProcessClientSettings()), NullLoggerFactory.Instance);
        var frameworkDefaults = new DurableTask.AzureStorage.AzureStorageOrchestrationServiceSettings();

        Assert.Equal(frameworkDefaults.ControlQueueBatchSize, framework.ControlQueueBatchSize);
        Assert.Equal(frameworkDefaults.ControlQueueBufferThreshold, framework.ControlQueueBufferThreshold);
        Assert.Equal(frameworkDefaults.ExtendedSessionsEnabled, framework.ExtendedSessionsEnabled);
        Assert.Equal(frameworkDefaults.PartitionTableOperationTimeout, framework.PartitionTableOperationTimeout);
    }
}
