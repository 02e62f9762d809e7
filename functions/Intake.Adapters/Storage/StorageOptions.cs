namespace Intake.Adapters.Storage;

/// <summary>
/// Where Intake keeps its state. Either a connection string (Azurite, or an account with a key),
/// or an account name reached with <c>DefaultAzureCredential</c> (managed identity in Azure).
/// </summary>
public sealed class StorageOptions
{
    /// <summary>Connection string; from <c>ConnectionStrings:Storage</c> or <c>AzureWebJobsStorage</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Account name for identity-based access (<c>Storage:AccountName</c>).</summary>
    public string? AccountName { get; set; }

    /// <summary>Client id of a user-assigned managed identity (<c>Storage:ClientId</c>); empty for the default credential chain.</summary>
    public string? ClientId { get; set; }

    /// <summary>Prefix for every table, queue and container name, so several installations (or test runs) can share an account.</summary>
    public string Prefix { get; set; } = string.Empty;

    public string RequestsTable => Name("requests");

    /// <summary>Request summaries for the staff list and the accountability report, a partition per controller.</summary>
    public string RequestIndexTable => Name("requestindex");

    /// <summary>Who viewed which request's personal data, a partition per request (purged with the record).</summary>
    public string ViewLogTable => Name("viewlog");

    public string OutboxTable => Name("outbox");

    public string IndexTable => Name("subjects");

    public string IdempotencyTable => Name("idempotency");

    public string SuppressionTable => Name("suppression");

    /// <summary>
    /// The Durable Task hub: the engine's own tables (<c>…History</c>, <c>…Instances</c>), queues
    /// and lease containers are named after it. Letters and digits only, as the engine requires.
    /// </summary>
    public string TaskHub => Name("intakehub");

    public string RevokedLinksTable => Name("revokedlinks");

    /// <summary>The rate-limit counters every host shares (hashed keys, one partition per limit and window).</summary>
    public string RateLimitsTable => Name("ratelimits");

    public string ExportsContainer => Name("exports");

    public string EvidenceContainer => Name("evidence");

    /// <summary>The key ring that signs antiforgery tokens, shared by every instance (<see cref="DataProtection.BlobXmlRepository"/>).</summary>
    public string DataProtectionContainer => Name("dataprotection");

    private string Name(string name) => string.IsNullOrEmpty(Prefix) ? name : Prefix + name;
}
