using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

/// <summary>The accountability report in Chromium over the seeded year: charts drawn, no axe violations, no sideways scroll on a phone, and a print without the navigation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountabilityReportInTheBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> StaffInEnglish = new() { ["Intake:StaffLanguage"] = "en" };

    [Fact]
    public async Task The_report_draws_its_charts_on_a_wide_screen_and_passes_axe()
    {
        await using var host = await SeededHostAsync();
        var shots = new Screenshots(output, nameof(The_report_draws_its_charts_on_a_wide_screen_and_passes_axe));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync(ReportUrl(host, "?from=2025-01-01&to=2025-12-31"));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Accountability report");
        var charts = page.GetByRole(AriaRole.Img);
        await Assertions.Expect(charts).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Answered on time" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("svg.chart rect.chart-bar").CountAsync() > 0);
        Assert.Contains("180 (90.0%)", await page.Locator("#chart-timeliness-title").EvaluateAsync<string>("t => t.closest('svg').textContent"), StringComparison.Ordinal);
        var width = await page.Locator(".report").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.True(width > 900, $"the report uses the width of a wide screen ({width} px)");
        await shots.TakeAsync(page, "report-1280");

        AssertNoViolations(await page.RunAxe());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("et")]
    public async Task On_a_phone_the_report_does_not_scroll_sideways_and_passes_axe(string language)
    {
        await using var host = await SeededHostAsync();
        var shots = new Screenshots(output, nameof(On_a_phone_the_report_does_not_scroll_sideways_and_passes_axe) + "-" + language);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var url = new Uri(ReportUrl(host, "?period=2025"));

        await page.GotoAsync(new Uri(url, "/" + language + url.PathAndQuery).AbsoluteUri);

        await Assertions.Expect(page.GetByRole(AriaRole.Img)).ToHaveCountAsync(5);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var wide = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 390).map(e => e.tagName + ' ' + (e.textContent || '').trim().slice(0, 40)).slice(0, 5)");
        Assert.True(scrollWidth <= 390, $"the page is {scrollWidth} px wide at 390 px; too wide: {string.Join(" | ", wide)}");
        await shots.TakeAsync(page, "report-390");

        AssertNoViolations(await page.RunAxe());
    }

    [Fact]
    public async Task In_print_the_navigation_and_the_period_form_are_gone_and_each_section_starts_a_page()
    {
        await using var host = await SeededHostAsync();
        var shots = new Screenshots(output, nameof(In_print_the_navigation_and_the_period_form_are_gone_and_each_section_starts_a_page));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(794, 1123);
        await page.GotoAsync(ReportUrl(host, "?period=2025"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("header.site nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".report-back")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("form.report-period")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img)).ToHaveCountAsync(5);
        Assert.Equal("page", await page.Locator("section#timeliness, section[aria-labelledby=timeliness]").EvaluateAsync<string>("s => getComputedStyle(s).breakBefore"));
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 794, $"the printed page is {scrollWidth} px wide, more than A4");
        await shots.TakeAsync(page, "report-print");
        var pdf = await page.PdfAsync(new() { Format = "A4", Path = Path.Combine(Screenshots.Folder, "accountability-report.pdf") });
        output.WriteLine($"pdf: {pdf.Length} bytes");
    }

    private static void AssertNoViolations(AxeResult result)
    {
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0, "axe: " + string.Join("; ", violations.Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    private async Task<IntakeHost> SeededHostAsync()
    {
        var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var zone = host.Services.GetRequiredService<IControllerCatalog>().Find(new ControllerId(AccountabilityHistory.Controller))!.TimeZoneId;
        await AccountabilityHistory.WriteAsync(host, zone);
        return host;
    }

    private static string ReportUrl(IntakeHost host, string query) =>
        host.Services.GetRequiredService<LinkIssuer>().Issue(AccountabilityHistory.Controller, LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "test-report").AbsoluteUri + "/report" + query;
}
