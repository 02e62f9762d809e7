using Intake.Core.DataMaps;

namespace Intake.Core.Sources;

/// <summary>What of a row leaves the source, depending on the right exercised.</summary>
public static class RowProjection
{
    /// <summary>Put in place of another person's data in an access export.</summary>
    public const string RedactedMarker = "[redacted]";

    /// <summary>
    /// Art 15(4): the copy must not adversely affect the rights of others, so columns the map
    /// names as other people's data are replaced by a marker (the column stays, so the person sees
    /// that something was withheld). Applied before rows reach the evidence store, so others' data
    /// is never copied out of the source at all.
    /// </summary>
    public static SourceRow RedactOthersData(SourceDefinition source, SourceRow row)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(row);
        if (source.OthersDataColumns.Count == 0)
        {
            return row;
        }

        return row.Select((column, value) =>
            value is not null && Contains(source.OthersDataColumns, column) ? RedactedMarker : value);
    }

    /// <summary>Art 20: only data the person provided, processed on consent or contract, is ported.</summary>
    public static SourceRow ProvidedByPerson(SourceDefinition source, SourceRow row)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(row);
        return row.Where(column => IsProvided(source, column));
    }

    /// <summary>Whether <paramref name="column"/> belongs to the Art 20 subset of <paramref name="source"/>.</summary>
    public static bool IsProvided(SourceDefinition source, string column)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Contains(source.ProvidedColumns, column);
    }

    internal static bool Contains(IReadOnlyList<string> columns, string column) =>
        columns.Any(c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase));
}
