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
            "\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'+SUM(A1),'-cmd|' /C calc'!A0,-12.5,'\tx\r\n",
            CsvLine.Format(["=HYPERLINK(\"x\")", "@SUM(A1)", "+SUM(A1)", "-cmd|' /C calc'!A0", "-12.5", "\tx"]));

    [Fact]
    public void A_phone_number_with_its_country_code_stays_readable_instead_of_gaining_an_apostrophe() =>
        Assert.Equal("+358 40 123 4567,+1 (555) 010-0199,+44.20.7946.0018\r\n", CsvLine.Format(["+358 40 123 4567", "+1 (555) 010-0199", "+44.20.7946.0018"]));

    [Property]
    public bool Any_phone_number_is_read_back_exactly_as_written(FsCheck.NonEmptyArray<FsCheck.PositiveInt> groups, bool minus)
    {
        var phone = (minus ? "-" : "+") + string.Join(' ', groups.Get.Select(g => g.Get.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        return Parse(CsvLine.Format([phone])).SequenceEqual([phone]);
    }

    [Property]
    public bool A_field_starting_with_equals_at_tab_or_cr_is_always_defused(FsCheck.NonNegativeInt which, string rest)
    {
        var field = "=@\t\r"[which.Get % 4] + (rest ?? string.Empty).Replace("\0", string.Empty, StringComparison.Ordinal);

        return Parse(CsvLine.Format([field])).SequenceEqual(["'" + field]);
    }

    [Property]
    public bool A_sign_followed_by_anything_that_names_a_function_cell_or_dde_target_is_always_defused(bool minus, string before, FsCheck.NonNegativeInt which, string after)
    {
        // A letter names a function or a cell; these marks build references, strings, DDE and links.
        const string Naming = "AzÄ!|\"'$&:;<>[]{}%*^=@";
        var field = (minus ? "-" : "+") + Clean(before) + Naming[which.Get % Naming.Length] + Clean(after);

        return Parse(CsvLine.Format([field])).SequenceEqual(["'" + field]);
    }

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
        if (values.Length == 0 || values.Any(v => CsvLine.NeedsFormulaGuard(v)))
        {
            return true;
        }

        return Parse(CsvLine.Format(values)).SequenceEqual(values);
    }

    private static string Clean(string? text) => (text ?? string.Empty).Replace("\0", string.Empty, StringComparison.Ordinal);

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
