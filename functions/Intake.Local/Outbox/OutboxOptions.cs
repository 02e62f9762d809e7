namespace Intake.Local.Outbox;

/// <summary>Configuration section <c>Outbox</c>: where the local outbox keeps mail when SendGrid is not configured.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Table name; letters and digits, 3–63 characters, starting with a letter.</summary>
    public string TableName { get; set; } = "outbox";

    /// <summary>
    /// Storage connection string. When empty, the <c>TableServiceClient</c> the host registered is
    /// used (the local host registers one for the Azurite it starts).
    /// </summary>
    public string? ConnectionString { get; set; }
}
