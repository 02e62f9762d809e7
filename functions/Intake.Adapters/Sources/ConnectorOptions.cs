namespace Intake.Adapters.Sources;

/// <summary>Settings for running source jobs (configuration section <c>Intake:Sources</c>).</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Intake:Sources";

    /// <summary>
    /// Public URL other systems post their late receipts to; the signed token is appended as
    /// <c>?token=</c>. Null means webhooks must answer at once (a 202 is then a failure).
    /// </summary>
    public Uri? CallbackUri { get; set; }

    /// <summary>How long a webhook callback token stays valid: the statutory month plus the two-month extension.</summary>
    public TimeSpan CallbackLifetime { get; set; } = TimeSpan.FromDays(92);

    /// <summary>First wait before a retry; later waits double.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
