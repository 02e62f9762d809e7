using System.ComponentModel.DataAnnotations;

namespace Intake.Adapters.Sources;

/// <summary>Settings for running source jobs (configuration section <c>Intake:Sources</c>, checked when the host starts).</summary>
public sealed class ConnectorOptions : IValidatableObject
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CallbackUri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult($"{Section}:{nameof(CallbackUri)} must be an absolute http(s) URL.", [nameof(CallbackUri)]);
        }

        if (CallbackLifetime <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{Section}:{nameof(CallbackLifetime)} must be a positive time span such as 92.00:00:00.", [nameof(CallbackLifetime)]);
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{Section}:{nameof(RetryDelay)} must be a time span of zero or more, such as 00:00:02.", [nameof(RetryDelay)]);
        }
    }
}
