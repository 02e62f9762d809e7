using System.ComponentModel.DataAnnotations;

namespace Intake.Local.Outbox;

/// <summary>Configuration section <c>Outbox</c>: where the local outbox keeps mail when SendGrid is not configured. Checked when the host starts.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Table name; letters and digits, 3–63 characters, starting with a letter. The local host puts the storage prefix before the default.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "{0} must be a table name: 3 to 63 letters and digits, starting with a letter.")]
    public string TableName { get; set; } = "outbox";

    /// <summary>
    /// Storage connection string. When empty, the <c>TableServiceClient</c> the host registered is
    /// used (the local host registers one for the Azurite it starts).
    /// </summary>
    public string? ConnectionString { get; set; }
}
