namespace Intake.Core.DataMaps;

/// <summary>How a source is reached; each kind has one connector.</summary>
public enum SourceKind
{
    AzureTable,
    Sqlite,
    Postgres,
    Webhook,
    Manual,
}
