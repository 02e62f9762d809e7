using System.Buffers;
using System.Text;
using FsCheck.Xunit;
using Intake.Core.Reports;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Reports;

public sealed class CsvRecordWriterTests
{
    [Property]
    public bool Any_fields_are_written_as_the_utf8_of_what_CsvLine_formats(string[] fields)
    {
        var values = (fields ?? []).Select(f => f ?? string.Empty).ToArray();
        var output = new ArrayBufferWriter<byte>();

        CsvRecordWriter.Write(output, values);

        return output.WrittenSpan.SequenceEqual(Encoding.UTF8.GetBytes(CsvLine.Format(values)));
    }

    [Fact]
    public void Formula_guard_quoting_and_negative_numbers_follow_CsvLine()
    {
        string[] fields = ["=HYPERLINK(\"x\")", "@SUM(A1)", "+SUM(A1)", "+358 40 123 4567", "-12.5", "\tx", "sanoi \"kiitos\", \"hei\"", "rivi\r\nrivi", "Äänekoski", string.Empty];
        var output = new ArrayBufferWriter<byte>();

        CsvRecordWriter.Write(output, fields);

        Assert.Equal(CsvLine.Format(fields), Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void A_row_is_written_as_CsvLine_formats_it_in_column_order_with_missing_columns_empty()
    {
        var row = new SourceRow([
            new("total", 1890.5m), new("at", new DateOnly(2025, 11, 20)), new("paid", true), new("note", "=1+1, \"x\""),
            new("count", 42L), new("rate", 0.25d), new("none", null), new("Name", "Maija Meikäläinen")]);
        string[] columns = ["paid", "at", "total", "missing", "note", "count", "rate", "none", "name"];
        var output = new ArrayBufferWriter<byte>();

        CsvRecordWriter.Write(output, row, columns);

        Assert.Equal(CsvLine.Format(row, columns), Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
