using Intake.Core.DataMaps;
using Intake.Core.Reports;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Tests.DataMaps;
using Intake.Templates.Report;

namespace Intake.Core.Tests.Reports;

public sealed class AccessReportTests
{
    private static readonly RequestId Request = RequestId.FromRandomBytes([1, 2, 3, 4, 5, 6, 7, 8]);

    public static TheoryData<Language> Languages => new() { Language.Fi, Language.Sv, Language.En, Language.Et };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Head_carries_every_article_15_item_in_the_persons_language(Language language)
    {
        var map = ClewerMap();
        var labels = ReportLabels.For(language);

        var html = await AccessReportHtml.RenderAsync(Context(map, language), []);

        foreach (var heading in new[] { labels.Purposes, labels.Categories, labels.Recipients, labels.Retention, labels.Rights, labels.Complaint, labels.SourceOfData, labels.AutomatedDecisions, labels.Transfers })
        {
            Assert.Contains(Encode(heading), html, StringComparison.Ordinal);
        }

        Assert.Contains(Encode(map.Information.Transfers.For(language)), html, StringComparison.Ordinal);
        Assert.Contains(Encode(map.Information.AutomatedDecisions.For(language)), html, StringComparison.Ordinal);
        Assert.Contains(Encode(map.Purposes[0].Name.For(language)), html, StringComparison.Ordinal);
        Assert.Contains(Encode(map.Controller.Authority.Name), html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language.Code()}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_names_every_joint_controller_and_says_any_of_them_answers()
    {
        var html = await AccessReportHtml.RenderAsync(Context(ClewerMap(), Language.Fi), []);

        foreach (var name in new[] { "Clewer Technology Oy", "Clewer Oy", "Clewer Markkinointi Oy", "Clewer Logistics OÜ" })
        {
            Assert.Contains(Encode(name), html, StringComparison.Ordinal);
        }

        Assert.Contains(Encode(ReportLabels.Finnish.JointControllers), html, StringComparison.Ordinal);
        Assert.Contains("2372046-5", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_from_a_source_are_escaped()
    {
        var row = new SourceRow([new("message", "<script>alert('x')</script> & \"quotes\"")]);

        var html = await Section(ClewerMap(), Language.En, null, ["message"], [row]);

        Assert.Contains("<tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Row_cells_follow_the_column_order_even_when_a_column_is_missing()
    {
        var row = new SourceRow([new("b", 2L), new("a", "x")]);

        var html = await Section(ClewerMap(), Language.En, null, ["a", "missing", "b"], [row]);

        Assert.Contains("<tr><td>x</td><td></td><td>2</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_come_after_the_article_15_items_in_order_with_every_shown_row_and_the_document_closes_after_them()
    {
        var map = ClewerMap();
        var rows = Enumerable.Range(1, 3).Select(i => new SourceRow([new("n", (long)i)])).ToList();
        var orders = new ReportSource(map.FindSource("webshop-orders")!, null, ["n"], rows, rows.Count, ["data/o.json", "data/o.csv"]);
        var feedback = new ReportSource(map.FindSource("feedback")!, null, [], [], 0, ["data/f.json", "data/f.csv"]);

        var html = Compact(await AccessReportHtml.RenderAsync(Context(map, Language.En), [orders, feedback]));

        Assert.Contains("<tbody><tr><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<section>").Length - 1);
        var notes = html.IndexOf(Encode(ReportLabels.English.RedactedNote), StringComparison.Ordinal);
        var first = html.IndexOf($"<h3>{Encode(orders.Definition.Name.En)}</h3>", StringComparison.Ordinal);
        var second = html.IndexOf($"<h3>{Encode(feedback.Definition.Name.En)}</h3>", StringComparison.Ordinal);
        Assert.True(notes >= 0 && notes < first && first < second, $"order: notes {notes}, {orders.Definition.Id} {first}, {feedback.Definition.Id} {second}");
        Assert.EndsWith("</section></body></html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_section_states_kept_data_with_its_ground_and_date()
    {
        var receipt = new SourceReceipt("webshop-orders", SourceAction.Export, SourceOutcome.Exported, 2, 2,
            [new KeptData("Tositteet", 2, "Kirjanpitolaki 2:10", new DateOnly(2031, 12, 31))], null, null, DateTimeOffset.UnixEpoch);

        var html = await Section(ClewerMap(), Language.Fi, receipt, ["order_number"], []);

        Assert.Contains("Kirjanpitolaki 2:10", html, StringComparison.Ordinal);
        Assert.Contains("2031-12-31", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">order_number</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_without_rows_says_nothing_was_found()
    {
        var map = ClewerMap();

        var html = await AccessReportHtml.SectionAsync(Context(map, Language.En), new ReportSource(map.FindSource("feedback")!, null, [], [], 0, ["data/f.json", "data/f.csv"]));

        Assert.Contains(ReportLabels.English.NotFound, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Created_time_is_on_the_controllers_wall_clock_not_utc()
    {
        // 07:00 UTC on 15 June is 10:00 in Helsinki (summer time, UTC+3).
        var context = Context(ClewerMap(), Language.En) with { CreatedAt = new DateTimeOffset(2026, 6, 15, 7, 0, 0, TimeSpan.Zero) };

        var html = await AccessReportHtml.RenderAsync(context, []);

        Assert.Contains("Created: 2026-06-15 10:00 (UTC+3, Europe/Helsinki)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("07:00", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Winter_time_in_the_report_has_its_own_offset()
    {
        Assert.Equal("2026-01-10 14:30 (UTC+2, Europe/Helsinki)", AccessReport.LocalTime(new DateTimeOffset(2026, 1, 10, 12, 30, 0, TimeSpan.Zero), "Europe/Helsinki"));
        Assert.Equal("2026-01-10 12:30 (UTC+0, UTC)", AccessReport.LocalTime(new DateTimeOffset(2026, 1, 10, 12, 30, 0, TimeSpan.Zero), "Nowhere/Unknown"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Source_tables_have_a_caption_and_column_headers_a_screen_reader_announces(Language language)
    {
        var map = ClewerMap();
        var source = map.FindSource("webshop-orders")!;

        var html = await Section(map, language, null, ["order_number", "total"], []);

        Assert.Contains($"<caption>{Encode(source.Name.For(language))}</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">order_number</th><th scope=\"col\">total</th>", html, StringComparison.Ordinal);
        Assert.Contains($"<h3>{Encode(source.Name.For(language))}</h3>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Fi, "fi", "Laadittu")]
    [InlineData(Language.Sv, "sv", "Upprättad")]
    [InlineData(Language.En, "en", "Created")]
    [InlineData(Language.Et, "et", "Koostatud")]
    public async Task Report_is_in_the_requests_language(Language language, string code, string created)
    {
        var html = await AccessReportHtml.RenderAsync(Context(ClewerMap(), language), []);

        Assert.Contains($"<html lang=\"{code}\">", html, StringComparison.Ordinal);
        Assert.Contains($"{created}: 2026-06-15 10:00 (UTC+3, Europe/Helsinki)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_prints_cleanly_with_its_own_print_rules()
    {
        var html = await AccessReportHtml.RenderAsync(Context(ClewerMap(), Language.En), []);

        Assert.Contains("@media print{", html, StringComparison.Ordinal);
        Assert.Contains("thead{display:table-header-group}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_source_points_to_the_data_files_for_the_rest()
    {
        var map = ClewerMap();
        var shown = Enumerable.Range(0, AccessReport.MaxRowsShown).Select(i => new SourceRow([new("n", (long)i)])).ToList();

        var html = await AccessReportHtml.SectionAsync(Context(map, Language.En), new ReportSource(map.FindSource("webshop-orders")!, null, ["n"], shown, 1200, ["data/x.json", "data/x.csv"]));

        Assert.Contains("Showing the first 500 of 1200 rows; every row is in the files data/x.json, data/x.csv.", html, StringComparison.Ordinal);
    }

    private static Task<string> Section(DataMap map, Language language, SourceReceipt? receipt, IReadOnlyList<string> columns, IReadOnlyList<SourceRow> rows) =>
        AccessReportHtml.SectionAsync(Context(map, language), new ReportSource(map.FindSource("webshop-orders")!, receipt, columns, rows, rows.Count, ["data/x.json", "data/x.csv"]));

    private static ReportContext Context(DataMap map, Language language) =>
        new(map, Request, RequestType.Access, language, new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(3)), []);

    private static DataMap ClewerMap() => DataMapParser.Parse("clewer.json", RepositoryFiles.SampleMap("clewer")).Map!;

    // Layout between tags is not what these tests are about.
    private static string Compact(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");

    /// <summary>The five-character escaping of HTML text, written out so the test does not trust the code it checks.</summary>
    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
}
