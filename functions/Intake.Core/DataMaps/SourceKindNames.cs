namespace Intake.Core.DataMaps;

/// <summary>The wire names of <see cref="SourceKind"/> as written in a data map and used as connector keys.</summary>
public static class SourceKindNames
{
    public const string AzureTable = "azure-table";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string Webhook = "webhook";
    public const string Manual = "manual";

    public static string WireName(this SourceKind kind) => kind switch
    {
        SourceKind.AzureTable => AzureTable,
        SourceKind.Sqlite => Sqlite,
        SourceKind.Postgres => Postgres,
        SourceKind.Webhook => Webhook,
        SourceKind.Manual => Manual,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, out SourceKind kind)
    {
        foreach (var candidate in Enum.GetValues<SourceKind>())
        {
            if (string.Equals(candidate.WireName(), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Kinds whose rows we read and change ourselves (as opposed to another system or a person).</summary>
    public static bool IsStore(this SourceKind kind) => kind is SourceKind.AzureTable or SourceKind.Sqlite or SourceKind.Postgres;

    public static bool IsSql(this SourceKind kind) => kind is SourceKind.Sqlite or SourceKind.Postgres;
}
