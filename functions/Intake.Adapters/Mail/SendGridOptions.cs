namespace Intake.Adapters.Mail;

/// <summary>
/// Configuration section <c>SendGrid</c>. Mail goes to SendGrid only when <see cref="ApiKey"/> is
/// set (from Key Vault in Azure, user secrets or the environment locally; never from a committed file).
/// </summary>
public sealed class SendGridOptions
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
    public int TimeoutSeconds { get; set; } = 30;
}
