using System.Globalization;

namespace Intake.Core.Sources;

/// <summary>
/// Reading and writing the loosely typed values stores return: SQLite keeps dates as text and
/// booleans as 0/1, PostgreSQL returns typed values, Azure Tables typed properties. Everything is
/// formatted culture-invariantly, so a date never changes shape with the server's locale.
/// </summary>
public static class CellValue
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];

    public static bool TryGetDate(object? value, out DateOnly date)
    {
        switch (value)
        {
            case DateOnly d:
                date = d;
                return true;
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case DateTimeOffset dto:
                date = DateOnly.FromDateTime(dto.DateTime);
                return true;
            case string s when DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                date = parsed;
                return true;
            case string s when DateTime.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedTime):
                date = DateOnly.FromDateTime(parsedTime);
                return true;
            case string s when DateTimeOffset.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedOffset):
                date = DateOnly.FromDateTime(parsedOffset.DateTime);
                return true;
            default:
                date = default;
                return false;
        }
    }

    public static bool TryGetBool(object? value, out bool result)
    {
        switch (value)
        {
            case bool b:
                result = b;
                return true;
            case long or int or short or byte or decimal or double:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                result = number != 0;
                return number is 0 or 1;
            case string s when bool.TryParse(s.Trim(), out var parsed):
                result = parsed;
                return true;
            case string s when s.Trim() is "0" or "1":
                result = s.Trim() == "1";
                return true;
            default:
                result = false;
                return false;
        }
    }

    /// <summary>Whether a stored value equals a value written in the data map (booleans and numbers compare by value).</summary>
    public static bool Matches(object? actual, object? expected)
    {
        if (expected is null)
        {
            return actual is null;
        }

        if (expected is bool expectedBool)
        {
            return TryGetBool(actual, out var actualBool) && actualBool == expectedBool;
        }

        if (expected is long or double or decimal or int)
        {
            return actual is not null and not string and not bool
                && Convert.ToDecimal(actual, CultureInfo.InvariantCulture) == Convert.ToDecimal(expected, CultureInfo.InvariantCulture);
        }

        return actual is not null && string.Equals(Format(actual), Format(expected), StringComparison.Ordinal);
    }

    /// <summary>The value as text for a CSV cell or an HTML table: ISO 8601 dates, invariant numbers, empty for null.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
