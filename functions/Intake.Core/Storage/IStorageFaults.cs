namespace Intake.Core.Storage;

/// <summary>
/// Tells storage being down from a bug, so the edges answer an outage with 503 and Retry-After (a
/// client may try again) rather than 500. Which exceptions mean an outage depends on the storage
/// client, so the adapters answer.
/// </summary>
public interface IStorageFaults
{
    /// <summary>How long a client should wait before trying again.</summary>
    static TimeSpan RetryAfter => TimeSpan.FromSeconds(30);

    bool IsOutage(Exception exception);
}
