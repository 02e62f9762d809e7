using System.Text;
using FsCheck.Xunit;
using Intake.Core.Reports;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Reports;

public sealed class CsvLineTests
{
    [Fact]
    public void Plain_fields_are_joined_with_commas_and_end_in_crlf() =>
        Assert.Equal("a,b,c\r\n", CsvLine.Format(["a", "b", "c"]));

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() =>
        Assert.Equal("\"Esimerkkikatu 1, Helsinki\",\"sanoi \"\"kiitos\"\"\",\"rivi\nrivi\"\r\n", CsvLine.Format(["Esimerkkikatu 1, Helsinki", "sanoi \"kiitos\"", "rivi\nrivi"]));

    [Fact]
    public void A_value_that_a_spreadsheet_would_run_as_a_formula_is_defused_but_negative_numbers_stay() =>
        Assert.Equal(
            "\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'+1 555,-12.5\r\n",
            CsvLine.Format(["=HYPERLINK(\"x\")", "@SUM(A1)", "+1 555", "-12.5"]));

    [Fact]
    public void Row_values_are_formatted_invariantly_in_column_order()
    {
        var row = new SourceRow([new("total", 1890.5m), new("at", new DateOnly(2025, 11, 20)), new("paid", true)]);

        Assert.Equal("true,2025-11-20,1890.5,\r\n", CsvLine.Format(row, ["paid", "at", "total", "missing"]));
    }

    [Property]
    public bool Any_fields_read_back_as_written(string[] fields)
    {
        var values = (fields ?? []).Select(f => (f ?? string.Empty).Replace("\0", string.Empty, StringComparison.Ordinal)).ToArray();
        if (values.Length == 0 || values.Any(v => v.Length > 0 && v[0] is '=' or '+' or '-' or '@'))
        {
            return true;
        }

        return Parse(CsvLine.Format(values)).SequenceEqual(values);
    }

    /// <summary>A strict RFC 4180 reader of one record, to check the writer against.</summary>
    private static List<string> Parse(string line)
    {
        Assert.EndsWith("\r\n", line, StringComparison.Ordinal);
        var text = line[..^2];
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',')
                {
                    Assert.NotEqual('"', text[i]);
                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                return fields;
            }

            Assert.Equal(',', text[i]);
            i++;
        }
    }
}
