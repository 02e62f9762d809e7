using System.Text.RegularExpressions;

namespace Intake.Core.DataMaps;

/// <summary>
/// Table and column names that may be quoted into SQL and filters: a letter or underscore, then
/// letters, digits or underscores, at most 63 characters (PostgreSQL's limit). Anything else is
/// refused at start-up, so no identifier from a data map can change a statement's meaning.
/// </summary>
public static partial class PlainIdentifier
{
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    /// <summary>Azure table names: letters and digits, starting with a letter, 3 to 63 characters.</summary>
    public static bool IsValidTableName(string? name) => name is not null && TableNamePattern().IsMatch(name);

    /// <summary>The identifier in double quotes, as both SQLite and PostgreSQL read it.</summary>
    public static string Quote(string name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException("Not a plain identifier.", nameof(name));
        }

        return "\"" + name + "\"";
    }

    // \z, not $: "$" also matches before a final newline, which would let "name\n" through.
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]{0,62}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]{2,62}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
