using System.Net;
using System.Text.Json;
using Intake.Core.DataControllers;
using Intake.Core.Submissions;
using Intake.Core.Notifications;
using Intake.Core.Tokens;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Intake.Testing.AccountabilityHistory;

namespace Intake.Integration.Tests.Accountability;

/// <summary>
/// The report's figures against a seeded year of 240 requests whose answers are known by
/// construction (see <see cref="AccountabilityHistory"/>): written with the table adapter into
/// Azurite, read back over HTTP from the real host through a staff link.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AccountabilityReportTests(AzuriteFixture azurite)
{
    private static Dictionary<string, string?> Settings() => new(LinkFlow.PatientVerification()) { ["Intake:StaffLanguage"] = "en" };

    [Fact]
    public async Task The_json_figures_of_the_seeded_year_are_the_ones_known_by_construction()
    {
        await using var host = await SeededHostAsync();

        var response = await host.Client.GetAsync(Report(host, ".json?from=2025-01-01&to=2025-12-31"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("clewer", root.GetProperty("controller").GetString());
        Assert.Equal(240, root.GetProperty("total").GetInt32());
        AssertCounts(root.GetProperty("byType"), ("access", 60), ("erasure", 60), ("rectification", 60), ("objection-direct-marketing", 60), ("portability", 0), ("contact", 0));
        AssertCounts(root.GetProperty("byChannel"), ("web-form", 80), ("api", 80), ("email", 80));
        AssertCounts(root.GetProperty("byOutcome"), ("answered", 188), ("refused", 12), ("withdrawn", 10), ("closed-unverified", 10), ("open", 15), ("unknown", 5));
        AssertCounts(root.GetProperty("purgedByOutcome"), ("answered", 34), ("refused", 0), ("unknown", 5), ("open", 0));

        var timeliness = root.GetProperty("timeliness");
        Assert.Equal(180, timeliness.GetProperty("onTime").GetInt32());
        Assert.Equal(20, timeliness.GetProperty("late").GetInt32());
        Assert.Equal(0.9, timeliness.GetProperty("onTimeShare").GetDouble(), 10);
        Assert.Equal(15, timeliness.GetProperty("openOverdue").GetInt32());
        Assert.Equal(0, timeliness.GetProperty("openWithinTime").GetInt32());

        var days = root.GetProperty("daysToAnswer");
        Assert.Equal(200, days.GetProperty("count").GetInt32());
        Assert.Equal(14, days.GetProperty("min").GetInt32());
        Assert.Equal(17, days.GetProperty("median").GetDouble());
        Assert.Equal(40, days.GetProperty("percentile95").GetInt32());
        Assert.Equal(40, days.GetProperty("max").GetInt32());

        var extensions = root.GetProperty("extensions");
        Assert.Equal(13, extensions.GetProperty("extended").GetInt32());
        Assert.Equal(4, extensions.GetProperty("reasonRemovedAtPurge").GetInt32());
        Assert.Equal(
            [(ComplexReason, 8), (FormulaReason, 1)],
            extensions.GetProperty("reasons").EnumerateArray().Select(reason => (reason.GetProperty("reason").GetString(), reason.GetProperty("count").GetInt32())).ToArray());

        var refusals = root.GetProperty("refusals");
        AssertCounts(refusals.GetProperty("byGround"), ("manifestly-excessive", 5), ("identity-not-established", 5), ("rights-of-others", 2), ("manifestly-unfounded", 0), ("erasure-exception", 0));
        var repeats = root.GetProperty("repeats");
        Assert.Equal(8, repeats.GetProperty("repeats").GetInt32());
        Assert.Equal(3, repeats.GetProperty("repeatsRefusedAsManifestlyExcessive").GetInt32());
        Assert.Equal(5, repeats.GetProperty("refusedAsManifestlyExcessive").GetInt32());

        var kept = root.GetProperty("keptBack");
        Assert.Equal(60, kept.GetProperty("erasures").GetInt32());
        Assert.Equal(10, kept.GetProperty("requestsWithKeptData").GetInt32());
        Assert.Equal(
            [(AccountingRule, 10, 50), (ClaimsRule, 5, 10)],
            kept.GetProperty("byRule").EnumerateArray().Select(rule => (rule.GetProperty("rule").GetString(), rule.GetProperty("requests").GetInt32(), rule.GetProperty("rows").GetInt32())).ToArray());
    }

    [Fact]
    public async Task The_csv_has_the_same_figures_one_row_each_with_typed_text_guarded_against_formulas()
    {
        await using var host = await SeededHostAsync();

        var response = await host.Client.GetAsync(Report(host, ".csv?period=2025"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("accountability-clewer-2025-01-01-2025-12-31.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("metric,dimension,value", lines[0]);
        var figures = lines.Skip(1).Select(line => line.Split(',')).ToDictionary(cells => (cells[0], cells[1]), cells => cells[2]);
        Assert.Equal("240", figures[("requests", "total")]);
        Assert.Equal("188", figures[("requests-by-outcome", "answered")]);
        Assert.Equal("12", figures[("requests-by-outcome", "refused")]);
        Assert.Equal("10", figures[("requests-by-outcome", "withdrawn")]);
        Assert.Equal("10", figures[("requests-by-outcome", "closed-unverified")]);
        Assert.Equal("15", figures[("requests-by-outcome", "open")]);
        Assert.Equal("5", figures[("requests-by-outcome", "unknown")]);
        Assert.Equal("180", figures[("timeliness", "on-time")]);
        Assert.Equal("20", figures[("timeliness", "late")]);
        Assert.Equal("0.9", figures[("timeliness", "on-time-share")]);
        Assert.Equal("17", figures[("days-to-answer", "median")]);
        Assert.Equal("40", figures[("days-to-answer", "p95")]);
        Assert.Equal("50", figures[("kept-back-rows", AccountingRule)]);
        Assert.Equal("8", figures[("extension-reasons", ComplexReason)]);
        Assert.Equal("1", figures[("extension-reasons", "'" + FormulaReason)]);
        Assert.DoesNotContain(lines, line => line.Split(',').Any(cell => cell.StartsWith('=')));
    }

    [Fact]
    public async Task The_page_shows_the_figures_with_charts_and_tables_and_links_back_to_the_overview()
    {
        await using var host = await SeededHostAsync();
        var flow = new LinkFlow(host);
        var report = Report(host, string.Empty);

        var page = await flow.GetAsync(new Uri(report.AbsoluteUri + "?from=2025-01-01&to=2025-12-31"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<h1>Accountability report</h1>", page.Html, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(page.Html, "<svg class=\"chart\"[^>]*role=\"img\""));
        Assert.Contains("180 (90.0%)", page.Html, StringComparison.Ordinal);
        Assert.Contains("Share answered on time", page.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{report.AbsolutePath[..^"/report".Length]}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"" + report.AbsolutePath + ".csv?from=2025-01-01&amp;to=2025-12-31\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_period_the_report_covers_this_year_to_date_and_a_wrong_period_is_answered_with_the_form()
    {
        await using var host = await SeededHostAsync();
        var flow = new LinkFlow(host);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(ZoneOf(host))).DateTime);

        var standing = await flow.GetAsync(Report(host, string.Empty));
        var backwards = await flow.GetAsync(Report(host, "?from=2025-12-31&to=2025-01-01"));
        var garbage = await host.Client.GetAsync(Report(host, ".json?from=yesterday"));

        Assert.Equal(HttpStatusCode.OK, standing.Status);
        Assert.Contains($"value=\"{today.Year}-01-01\"", standing.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.Status);
        Assert.Contains("error-summary", backwards.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-12-31\"", backwards.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Theory]
    [InlineData("fi", "Selvitys pyyntöjen käsittelystä", "90,0")]
    [InlineData("sv", "Redovisning av hanteringen av begäranden", "90,0")]
    [InlineData("en", "Accountability report", "90.0%")]
    [InlineData("et", "Aruanne taotluste menetlemise kohta", "90,0")]
    public async Task The_report_is_offered_in_each_language(string language, string heading, string share)
    {
        await using var host = await SeededHostAsync();
        var report = Report(host, "?period=2025");

        var page = await new LinkFlow(host).GetAsync(new Uri(host.BaseAddress, "/" + language + report.PathAndQuery));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<html lang=\"{language}\">", page.Html, StringComparison.Ordinal);
        Assert.Contains(heading, page.Text, StringComparison.Ordinal);
        Assert.Contains(share, page.Text, StringComparison.Ordinal);
        Assert.Contains($"action=\"/{language}/staff/", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_or_personal_link_opens_no_report()
    {
        await using var host = await SeededHostAsync();
        var flow = new LinkFlow(host);
        var valid = Report(host, string.Empty).AbsoluteUri;
        var token = valid[..^"/report".Length];
        var tampered = new Uri(token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1] + "/report.json");
        var personal = new Uri(flow.Sign("clewer", LinkNames.Overview, TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1)).AbsoluteUri + "/report.csv");

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.GetAsync(tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.GetAsync(personal)).StatusCode);
    }

    private async Task<IntakeHost> SeededHostAsync()
    {
        var host = await IntakeHost.StartAsync(azurite, Settings());
        await WriteAsync(host, ZoneOf(host));
        return host;
    }

    private static string ZoneOf(IntakeHost host) =>
        host.Services.GetRequiredService<IControllerCatalog>().Find(new ControllerId(AccountabilityHistory.Controller))!.TimeZoneId;

    private static Uri Report(IntakeHost host, string rest) =>
        new(host.Services.GetRequiredService<LinkIssuer>().Issue(AccountabilityHistory.Controller, LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "test-report").AbsoluteUri + "/report" + rest);

    private static void AssertCounts(JsonElement counts, params (string Name, int Count)[] expected)
    {
        foreach (var (name, count) in expected)
        {
            Assert.True(counts.TryGetProperty(name, out var value), $"no count for {name}");
            Assert.Equal(count, value.GetInt32());
        }
    }
}
