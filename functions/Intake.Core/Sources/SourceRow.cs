namespace Intake.Core.Sources;

/// <summary>
/// One row found for a person: column names and values in the source's order. Values are null,
/// strings, booleans, numbers, dates or byte arrays as the store returned them. Lookups ignore
/// case, because SQL column names and table properties differ in case between stores.
/// </summary>
public sealed class SourceRow
{
    private readonly KeyValuePair<string, object?>[] fields;

    public SourceRow(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        this.fields = [.. fields];
    }

    public IReadOnlyList<KeyValuePair<string, object?>> Fields => fields;

    /// <summary>The value of <paramref name="column"/>, or null when the row has no such column.</summary>
    public object? Get(string column)
    {
        foreach (var field in fields)
        {
            if (string.Equals(field.Key, column, StringComparison.OrdinalIgnoreCase))
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>A copy with each value passed through <paramref name="map"/> (which sees the column name).</summary>
    public SourceRow Select(Func<string, object?, object?> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new SourceRow(fields.Select(f => new KeyValuePair<string, object?>(f.Key, map(f.Key, f.Value))));
    }

    /// <summary>A copy with only the columns <paramref name="keep"/> accepts.</summary>
    public SourceRow Where(Func<string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        return new SourceRow(fields.Where(f => keep(f.Key)));
    }
}
