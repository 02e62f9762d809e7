using System.Text;
using Intake.Core.Sources;

namespace Intake.Core.Reports;

/// <summary>
/// One CSV record as RFC 4180 writes it: fields separated by commas, a field holding a comma,
/// quote, CR or LF enclosed in quotes with inner quotes doubled, and CRLF at the end of the line.
/// A field starting with =, +, - or @ is prefixed with an apostrophe so a spreadsheet never runs a
/// value from a source as a formula.
/// </summary>
public static class CsvLine
{
    public static string Format(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            AppendField(line, field);
        }

        return line.Append("\r\n").ToString();
    }

    public static string Format(SourceRow row, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        return Format(columns.Select(c => CellValue.Format(row.Get(c))));
    }

    private static void AppendField(StringBuilder line, string field)
    {
        var value = NeedsFormulaGuard(field) ? "'" + field : field;
        if (!NeedsQuotes(value))
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Whether a spreadsheet could take the field for a formula (and it is not just a signed number).</summary>
    internal static bool NeedsFormulaGuard(ReadOnlySpan<char> field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' && !IsNumber(field);

    /// <summary>Whether the field must be enclosed in quotes.</summary>
    internal static bool NeedsQuotes(ReadOnlySpan<char> field) => field.IndexOfAny(",\"\r\n") >= 0;

    private static bool IsNumber(ReadOnlySpan<char> field) =>
        decimal.TryParse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
