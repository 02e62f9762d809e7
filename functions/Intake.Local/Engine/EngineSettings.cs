using Intake.Orchestration;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;
using Microsoft.Extensions.Configuration;

namespace Intake.Local.Engine;

/// <summary>
/// How the local host runs the Durable Task engine (<c>Engine:*</c>). The defaults are tuned for one
/// host on one machine — see docs/engine.md for what each setting buys and costs.
/// </summary>
public sealed record EngineSettings
{
    /// <summary>
    /// Control-queue partitions. Each partition is a lease the host must hold before it reads its
    /// queue; one host needs few, and fewer leases mean a faster start after a crash.
    /// </summary>
    public int PartitionCount { get; init; } = 2;

    /// <summary>The longest pause between two polls of an idle queue: latency of the first step against storage calls while idle.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a message read by a host that then died stays invisible before another run picks it up.</summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The same for activity messages; the engine renews the lock of an activity that runs longer.</summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Activities run at once: the fan-out to the data sources and mail.</summary>
    public int MaxConcurrentActivities { get; init; } = 32;

    /// <summary>Orchestration steps decided at once.</summary>
    public int MaxConcurrentOrchestrations { get; init; } = 16;

    /// <summary>How long a partition lease lasts; a crashed host's leases are free again after this.</summary>
    public TimeSpan LeaseInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a host renews its leases and looks for free ones.</summary>
    public TimeSpan LeaseRenewInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Partition leases in a table (true) rather than as blob leases, whose shortest term storage
    /// allows is 15 seconds: a table lease can be as short as <see cref="LeaseInterval"/> says.
    /// </summary>
    public bool UseTablePartitionManagement { get; init; } = true;

    /// <summary>
    /// How often the worker checks that storage is reachable, to start again on a fresh connection
    /// once it is back after an outage (see <see cref="ProcessWorker"/>). Zero turns the watch off.
    /// </summary>
    public TimeSpan StorageWatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often ended instances' histories are swept for purging.</summary>
    public TimeSpan HistoryPurgeInterval { get; init; } = TimeSpan.FromHours(1);

    public HistoryRetention HistoryRetention { get; init; } = HistoryRetention.Default;

    public ProcessGatewayOptions Gateway { get; init; } = new();

    public static EngineSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Engine");
        var defaults = new EngineSettings();
        return new EngineSettings
        {
            PartitionCount = (int)Number(section, "PartitionCount", defaults.PartitionCount, min: 1, max: 16),
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(Number(section, "MaxQueuePollingMilliseconds", defaults.MaxQueuePollingInterval.TotalMilliseconds, min: 10)),
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(Number(section, "ControlQueueVisibilitySeconds", defaults.ControlQueueVisibilityTimeout.TotalSeconds, min: 1)),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(Number(section, "WorkItemQueueVisibilitySeconds", defaults.WorkItemQueueVisibilityTimeout.TotalSeconds, min: 1)),
            MaxConcurrentActivities = (int)Number(section, "MaxConcurrentActivities", defaults.MaxConcurrentActivities, min: 1),
            MaxConcurrentOrchestrations = (int)Number(section, "MaxConcurrentOrchestrations", defaults.MaxConcurrentOrchestrations, min: 1),
            LeaseInterval = TimeSpan.FromSeconds(Number(section, "LeaseSeconds", defaults.LeaseInterval.TotalSeconds, min: 1)),
            LeaseRenewInterval = TimeSpan.FromSeconds(Number(section, "LeaseRenewSeconds", defaults.LeaseRenewInterval.TotalSeconds, min: 0.1)),
            UseTablePartitionManagement = section["UseTablePartitionManagement"] is { Length: > 0 } table
                ? bool.TryParse(table, out var flag) ? flag : throw Bad(section, "UseTablePartitionManagement", table, "true or false")
                : defaults.UseTablePartitionManagement,
            StorageWatchInterval = TimeSpan.FromSeconds(Number(section, "StorageWatchSeconds", defaults.StorageWatchInterval.TotalSeconds)),
            HistoryPurgeInterval = TimeSpan.FromMinutes(Number(section, "HistoryPurgeMinutes", defaults.HistoryPurgeInterval.TotalMinutes, min: 0.01)),
            HistoryRetention = ProcessSettings.HistoryRetention(configuration),
            Gateway = ProcessSettings.Gateway(configuration),
        };
    }

    private static double Number(IConfigurationSection section, string key, double fallback, double min = 0, double max = double.MaxValue) =>
        ProcessSettings.Number(section, key, fallback, min, max);

    private static InvalidOperationException Bad(IConfigurationSection section, string key, string text, string expected) =>
        new($"Configuration {section.Path}:{key} = '{text}' is not valid: expected {expected}.");
}
