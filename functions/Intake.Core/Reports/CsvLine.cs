using System.Text;
using Intake.Core.Sources;

namespace Intake.Core.Reports;

/// <summary>
/// One CSV record as RFC 4180 writes it: fields separated by commas, a field holding a comma,
/// quote, CR or LF enclosed in quotes with inner quotes doubled, and CRLF at the end of the line.
/// A field a spreadsheet would start a formula with — =, @, a tab or CR, or + and - followed by
/// anything but a number or a phone number — is prefixed with an apostrophe, so a spreadsheet never
/// runs a value from a source as a formula, while <c>+358 40 123 4567</c> and <c>-12.5</c> stay as
/// the person wrote them.
/// </summary>
public static class CsvLine
{
    private static readonly System.Buffers.SearchValues<char> PhoneCharacters = System.Buffers.SearchValues.Create("0123456789 ()-./");

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

    /// <summary>
    /// Whether a spreadsheet could take the field for a formula. A sign followed only by digits,
    /// spaces and the marks phone numbers are written with (<c>( ) - . /</c>) can at most be
    /// arithmetic on numbers: it can name no function, cell, DDE target or link, so it is left
    /// readable. Everything else a formula can start with is guarded.
    /// </summary>
    internal static bool NeedsFormulaGuard(ReadOnlySpan<char> field) =>
        field.Length > 0 && field[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => !IsNumber(field) && !IsPhoneNumber(field[1..]),
            _ => false,
        };

    /// <summary>Whether the field must be enclosed in quotes.</summary>
    internal static bool NeedsQuotes(ReadOnlySpan<char> field) => field.IndexOfAny(",\"\r\n") >= 0;

    private static bool IsPhoneNumber(ReadOnlySpan<char> rest) =>
        rest.ContainsAnyInRange('0', '9') && !rest.ContainsAnyExcept(PhoneCharacters);


    private static bool IsNumber(ReadOnlySpan<char> field) =>
        decimal.TryParse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
