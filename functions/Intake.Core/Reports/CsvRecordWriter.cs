using System.Buffers;
using System.Text;
using Intake.Core.Sources;

namespace Intake.Core.Reports;

/// <summary>
/// Writes CSV records as UTF-8 straight into a buffer, by the rules of <see cref="CsvLine"/> (the
/// same quoting, the same formula guard, CRLF), without building a string per line: an export
/// writes every row of every source through here.
/// </summary>
public static class CsvRecordWriter
{
    public static void Write(IBufferWriter<byte> output, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }

            WriteField(output, fields[i]);
        }

        output.Write("\r\n"u8);
    }

    /// <summary>The row's values in the order of <paramref name="columns"/>; a column the row lacks is an empty field.</summary>
    public static void Write(IBufferWriter<byte> output, SourceRow row, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }

            var value = row.Get(columns[i]);
            WriteField(output, value as string ?? CellValue.Format(value));
        }

        output.Write("\r\n"u8);
    }

    private static void WriteField(IBufferWriter<byte> output, ReadOnlySpan<char> field)
    {
        var guard = CsvLine.NeedsFormulaGuard(field);
        if (!CsvLine.NeedsQuotes(field))
        {
            if (guard)
            {
                output.Write("'"u8);
            }

            WriteText(output, field);
            return;
        }

        output.Write("\""u8);
        if (guard)
        {
            output.Write("'"u8);
        }

        // Inner quotes doubled: write up to and including each quote, then one more.
        while (field.IndexOf('"') is var quote and >= 0)
        {
            WriteText(output, field[..(quote + 1)]);
            output.Write("\""u8);
            field = field[(quote + 1)..];
        }

        WriteText(output, field);
        output.Write("\""u8);
    }

    private static void WriteText(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
