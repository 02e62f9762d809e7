using System.ComponentModel.DataAnnotations;

namespace Intake.Local.Engine;

/// <summary>
/// Configuration section <c>Engine</c>, the local host's part: how it runs the Durable Task engine
/// (<see cref="EngineSettings"/> holds what each buys; docs/engine.md the measurements). The waits and
/// the history retention in the same section are both hosts' (<c>ProcessClientSettings</c>).
/// </summary>
public sealed class LocalEngineSettings
{
    public const string SectionName = "Engine";

    [Range(1, 16, ErrorMessage = "{0} must be a whole number from 1 to 16.")]
    public int PartitionCount { get; set; } = 2;

    [Range(10, 3_600_000, ErrorMessage = "{0} must be a number of milliseconds from 10 to 3600000.")]
    public double MaxQueuePollingMilliseconds { get; set; } = 500;

    [Range(1, 86_400, ErrorMessage = "{0} must be a number of seconds from 1 to 86400.")]
    public double ControlQueueVisibilitySeconds { get; set; } = 10;

    [Range(1, 86_400, ErrorMessage = "{0} must be a number of seconds from 1 to 86400.")]
    public double WorkItemQueueVisibilitySeconds { get; set; } = 10;

    [Range(1, int.MaxValue, ErrorMessage = "{0} must be a whole number, 1 or more.")]
    public int MaxConcurrentActivities { get; set; } = 32;

    [Range(1, int.MaxValue, ErrorMessage = "{0} must be a whole number, 1 or more.")]
    public int MaxConcurrentOrchestrations { get; set; } = 16;

    [Range(1, 32, ErrorMessage = "{0} must be a whole number from 1 to 32 (the most a storage queue hands out at once).")]
    public int ControlQueueBatchSize { get; set; } = 32;

    [Range(1, 1_000, ErrorMessage = "{0} must be a whole number from 1 to 1000.")]
    public int ControlQueueBufferThreshold { get; set; } = 64;

    public bool ExtendedSessions { get; set; }

    [Range(1, 3_600, ErrorMessage = "{0} must be a number of seconds from 1 to 3600.")]
    public double ExtendedSessionIdleSeconds { get; set; } = 30;

    [Range(1, 86_400, ErrorMessage = "{0} must be a number of seconds from 1 to 86400.")]
    public double LeaseSeconds { get; set; } = 10;

    [Range(0.1, 86_400, ErrorMessage = "{0} must be a number of seconds from 0.1 to 86400.")]
    public double LeaseRenewSeconds { get; set; } = 2;

    public bool UseTablePartitionManagement { get; set; } = true;

    [Range(1, 3_600, ErrorMessage = "{0} must be a number of seconds from 1 to 3600.")]
    public double PartitionTableTimeoutSeconds { get; set; } = 2;

    [Range(0, 86_400, ErrorMessage = "{0} must be a number of seconds from 0 to 86400 (0 turns the watch off).")]
    public double StorageWatchSeconds { get; set; } = 2;

    [Range(0.01, 525_600, ErrorMessage = "{0} must be a number of minutes from 0.01 to 525600.")]
    public double HistoryPurgeMinutes { get; set; } = 60;
}
