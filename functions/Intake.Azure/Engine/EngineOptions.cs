namespace Intake.Azure.Engine;

/// <summary>How the local engine runs effects and timers (<c>Engine:*</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>Runs of one effect before the request is parked in the error step for staff.</summary>
    public int EffectAttempts { get; set; } = 5;

    /// <summary>How long a worker holds an effect while running it; a crashed worker's effect runs again after this.</summary>
    public TimeSpan EffectLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this, effects still pending (a crash between commit and enqueue) are queued again.</summary>
    public TimeSpan RecoveryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Effects run at once by one host: the fan-out to sources happens here.</summary>
    public int WorkerConcurrency { get; set; } = 32;

    /// <summary>How often the wake index is scanned for due timers.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Idle wait between empty queue polls.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>First retry delay of a failed effect; doubles per attempt up to five minutes.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
