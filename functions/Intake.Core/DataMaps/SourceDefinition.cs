namespace Intake.Core.DataMaps;

/// <summary>
/// One place that holds personal data, as the data map describes it. Table and column names here
/// are validated plain identifiers: connectors quote them into SQL or filters and never take
/// identifiers from anywhere else.
/// </summary>
/// <param name="Id">Stable key, used in evidence blob names and file names of the export.</param>
/// <param name="Connection">Name resolved from configuration <c>ConnectionStrings:&lt;name&gt;</c>; secrets never sit in the map.</param>
/// <param name="Table">Table (SQL) or table name (Azure Table) for store kinds.</param>
/// <param name="KeyColumns">Columns that identify a row in a SQL table (Azure Tables use PartitionKey and RowKey).</param>
/// <param name="ProvidedColumns">The Art 20 subset: data the person provided, processed on consent or contract.</param>
/// <param name="OthersDataColumns">Columns holding other people's data, redacted in an access export (Art 15(4)).</param>
/// <param name="Sensitive">Holds sensitive categories (identity codes, salary, enforcement data): staff check identity first.</param>
/// <param name="RetentionRules">Ids of the retention rules that may hold rows back from erasure.</param>
/// <param name="Instructions">For manual sources: what staff are asked to do.</param>
public sealed record SourceDefinition(
    string Id,
    LocalizedText Name,
    SourceKind Kind,
    string? Connection,
    string? Table,
    IReadOnlyList<string> KeyColumns,
    PersonLookup Lookup,
    SourceActions Actions,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> ProvidedColumns,
    IReadOnlyList<string> OthersDataColumns,
    bool Sensitive,
    IReadOnlyList<string> RetentionRules,
    WebhookEndpoint? Webhook,
    LocalizedText? Instructions,
    TimeSpan Timeout,
    int MaxAttempts)
{
    /// <summary>Whether the source can carry out <paramref name="action"/> at all.</summary>
    public bool Supports(Sources.SourceAction action)
    {
        // Another system or a person decides for itself what it can do; the receipt tells.
        if (!Kind.IsStore())
        {
            return true;
        }

        return action switch
        {
            Sources.SourceAction.Export => Actions.Export,
            Sources.SourceAction.Erase => Actions.Erase is not null,
            Sources.SourceAction.Rectify => Actions.RectifiableColumns is { Count: > 0 },
            Sources.SourceAction.Restrict => Actions.Restrict is not null,
            Sources.SourceAction.SuppressMarketing => Actions.Suppress is not null,
            Sources.SourceAction.WithdrawConsent => Actions.WithdrawConsent is not null,
            _ => false,
        };
    }
}
