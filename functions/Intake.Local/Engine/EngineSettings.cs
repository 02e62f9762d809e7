using Intake.Orchestration;
using Intake.Orchestration.Client;
using Intake.Orchestration.Retention;

namespace Intake.Local.Engine;

/// <summary>
/// How the local host runs the Durable Task engine (<c>Engine:*</c>, bound as <see cref="LocalEngineSettings"/>). The defaults are tuned for one
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

    /// <summary>Control-queue messages read in one call.</summary>
    public int ControlQueueBatchSize { get; init; } = 32;

    /// <summary>
    /// Control-queue messages a host holds in memory before it stops reading. A message held longer
    /// than its visibility comes back and runs again (its effects are idempotent, but the work is
    /// done twice), so under a burst on slow storage a smaller buffer wastes less.
    /// </summary>
    public int ControlQueueBufferThreshold { get; init; } = 64;

    /// <summary>
    /// Keep an instance's history in memory between its steps instead of reading it from the
    /// history table for every step. The history is still written at every step, so a crash loses
    /// nothing; the price is memory for instances touched within <see cref="ExtendedSessionIdleTimeout"/>.
    /// </summary>
    public bool ExtendedSessions { get; init; }

    /// <summary>How long an instance stays in memory after its last step when <see cref="ExtendedSessions"/> is on.</summary>
    public TimeSpan ExtendedSessionIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

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
    /// How long a read or write of the partition (lease) table may take before the engine gives up
    /// and tries again. Storage slower than this under a burst makes renewals fail and partitions
    /// change hands, so their buffered messages are read again.
    /// </summary>
    public TimeSpan PartitionTableTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often the worker checks that storage is reachable, to start again on a fresh connection
    /// once it is back after an outage (see <see cref="ProcessWorker"/>). Zero turns the watch off.
    /// </summary>
    public TimeSpan StorageWatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often ended instances' histories are swept for purging.</summary>
    public TimeSpan HistoryPurgeInterval { get; init; } = TimeSpan.FromHours(1);

    public HistoryRetention HistoryRetention { get; init; } = HistoryRetention.Default;

    public ProcessGatewayOptions Gateway { get; init; } = new();

    /// <summary>The engine's settings from the section as bound and checked at start.</summary>
    public static EngineSettings From(LocalEngineSettings engine, ProcessClientSettings client)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(client);
        return new EngineSettings
        {
            PartitionCount = engine.PartitionCount,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(engine.MaxQueuePollingMilliseconds),
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(engine.ControlQueueVisibilitySeconds),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(engine.WorkItemQueueVisibilitySeconds),
            MaxConcurrentActivities = engine.MaxConcurrentActivities,
            MaxConcurrentOrchestrations = engine.MaxConcurrentOrchestrations,
            ControlQueueBatchSize = engine.ControlQueueBatchSize,
            ControlQueueBufferThreshold = engine.ControlQueueBufferThreshold,
            ExtendedSessions = engine.ExtendedSessions,
            ExtendedSessionIdleTimeout = TimeSpan.FromSeconds(engine.ExtendedSessionIdleSeconds),
            LeaseInterval = TimeSpan.FromSeconds(engine.LeaseSeconds),
            LeaseRenewInterval = TimeSpan.FromSeconds(engine.LeaseRenewSeconds),
            UseTablePartitionManagement = engine.UseTablePartitionManagement,
            PartitionTableTimeout = TimeSpan.FromSeconds(engine.PartitionTableTimeoutSeconds),
            StorageWatchInterval = TimeSpan.FromSeconds(engine.StorageWatchSeconds),
            HistoryPurgeInterval = TimeSpan.FromMinutes(engine.HistoryPurgeMinutes),
            HistoryRetention = client.ToHistoryRetention(),
            Gateway = client.ToGatewayOptions(),
        };
    }
}
