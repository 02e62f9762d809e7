using System.ComponentModel.DataAnnotations;
using Intake.Core.Notifications;

namespace Intake.Adapters.Mail;

/// <summary>
/// Configuration section <c>SendGrid</c>. Mail goes to SendGrid only when <see cref="ApiKey"/> is
/// set (from Key Vault in Azure, user secrets or the environment locally; never from a committed file).
/// Checked when the host starts; no message ever repeats the key.
/// </summary>
public sealed class SendGridOptions : IValidatableObject
{
    public const string SectionName = "SendGrid";

    /// <summary>The API key; sent as a bearer token, never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Overrides the API host (e.g. <c>http://127.0.0.1:5099</c> for a local sink). Default: SendGrid's own.</summary>
    public string? Host { get; set; }

    /// <summary>The sender address; must be a verified sender at SendGrid.</summary>
    public string? FromEmail { get; set; }

    /// <summary>The sender name shown to readers, e.g. the controller's name.</summary>
    public string? FromName { get; set; }

    /// <summary>How long one send may take before it counts as a retryable failure.</summary>
    [Range(1, 300, ErrorMessage = "{0} must be a whole number of seconds from 1 to 300.")]
    public int TimeoutSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Without a key SendGrid is not used, and the sender and host do not matter.
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            yield break;
        }

        if (!RecipientAddress.IsPlain(FromEmail))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(FromEmail)} must be one plain address: {SectionName}:{nameof(ApiKey)} is set.", [nameof(FromEmail)]);
        }

        // The host is not repeated: a URL could carry credentials in its user part.
        if (!string.IsNullOrWhiteSpace(Host)
            && (!Uri.TryCreate(Host, UriKind.Absolute, out var host) || host.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(Host)} must be an absolute http or https URL.", [nameof(Host)]);
        }
    }
}
