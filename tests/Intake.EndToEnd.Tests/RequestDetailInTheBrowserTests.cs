using Deque.AxeCore.Playwright;
using Intake.Local.SampleData;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Testing;
using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

/// <summary>
/// The staff detail page in Chromium, opened from the staff mail in the outbox: a finished access
/// request and an erasure that kept data back, each checked with axe-core; and the widths every
/// page must work at, 390 px (a phone) and 1280 px (a laptop).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestDetailInTheBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> StaffInEnglish = new() { ["Intake:StaffLanguage"] = "en" };

    /// <summary>Whether any element with the class is wrapped over more than one line.</summary>
    private const string ReferencesOnOneLine =
        "() => [...document.querySelectorAll('.reference')].every(e => { const r = document.createRange(); r.selectNodeContents(e); " +
        "const tops = new Set([...r.getClientRects()].map(rect => Math.round(rect.top))); return tops.size === 1; })";

    [Fact]
    public async Task The_detail_page_of_a_finished_access_request_reads_as_its_story_and_passes_axe()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var flow = new BrowserFlow(host);
        var shots = new Screenshots(output, nameof(The_detail_page_of_a_finished_access_request_reads_as_its_story_and_passes_axe));
        var id = await flow.OpenAsync();
        await flow.VerifyAsync(id);
        await flow.ApproveAsync(id);
        await flow.ConfirmAnalyticsAsync(id);
        await flow.WaitForStageAsync(id, Stage.Delivered);
        await using var context = await NewContextAsync(1280);
        var page = await context.NewPageAsync();

        var link = await flow.OutboxLinkAsync(page, id, BrowserFlow.StaffAddress, LinkNames.Detail);
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Request {id.Value}");
        await shots.TakeAsync(page, "detail-access");

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Identity verified by the email link.", main, StringComparison.Ordinal);
        Assert.Contains("The same Article 12(3) allows two further months", main, StringComparison.Ordinal);
        Assert.Contains("Answer ready, download link", main, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Viewed" })).ToBeVisibleAsync();
        await ExpectNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_detail_page_of_an_erasure_with_kept_back_data_passes_axe()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var flow = new BrowserFlow(host);
        var shots = new Screenshots(output, nameof(The_detail_page_of_an_erasure_with_kept_back_data_passes_axe));
        var id = await flow.OpenAsync(RequestType.Erasure);
        await flow.VerifyAsync(id);
        await flow.ApproveAsync(id);
        await flow.WaitAsync(id, state => state.Tasks.TryGetValue("web-analytics", out var task) && task.Status == SourceTaskStatus.AwaitingStaff);
        var receipt = new SourceReceipt("web-analytics", SourceAction.Erase, SourceOutcome.NotFound, 0, 0, [], "Not in Google Analytics.", null, DateTimeOffset.UtcNow);
        Assert.Equal(GatewayOutcome.Accepted, (await host.Gateway.SendAsync(id, new ConfirmSourceTask(DateTimeOffset.UtcNow, Actor.Staff("browser-test"), receipt))).Outcome);
        await flow.WaitForStageAsync(id, Stage.Completed);
        await using var context = await NewContextAsync(1280);
        var page = await context.NewPageAsync();

        var link = await flow.OutboxLinkAsync(page, id, BrowserFlow.StaffAddress, LinkNames.Detail);
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Request {id.Value}");
        await shots.TakeAsync(page, "detail-erasure");

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Accounting Act (1336/1997) ch. 2 § 10", main, StringComparison.Ordinal);
        Assert.Contains("Done in part; some data is kept", main, StringComparison.Ordinal);
        await ExpectNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_status_page_the_outbox_and_the_detail_page_fit_390_px_and_keep_references_on_one_line_at_1280()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var flow = new BrowserFlow(host);
        var shots = new Screenshots(output, nameof(The_status_page_the_outbox_and_the_detail_page_fit_390_px_and_keep_references_on_one_line_at_1280));
        var id = await flow.OpenAsync();
        await flow.VerifyAsync(id);
        await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        await using var setup = await NewContextAsync(1280);
        var finder = await setup.NewPageAsync();
        var status = await (await flow.OutboxLinkAsync(finder, id, SamplePerson.Email, LinkNames.Status)).GetAttributeAsync("href");
        var detail = await (await flow.OutboxLinkAsync(finder, id, BrowserFlow.StaffAddress, LinkNames.Detail)).GetAttributeAsync("href");
        var verify = await (await flow.OutboxLinkAsync(finder, id, SamplePerson.Email, LinkNames.Verify)).GetAttributeAsync("href");
        var pages = new[]
        {
            ("status", status!), ("outbox", new Uri(host.BaseAddress, "outbox").AbsoluteUri), ("detail", detail!),
            // The person's pages, in Finnish (the longest words of the three languages).
            ("front", new Uri(host.BaseAddress, "fi/").AbsoluteUri),
            ("request-form", new Uri(host.BaseAddress, "fi/clerica/").AbsoluteUri),
            ("contact-form", new Uri(host.BaseAddress, "fi/clerica/contact").AbsoluteUri),
            ("verification-link", verify!),
        };

        foreach (var width in new[] { 390, 1280 })
        {
            await using var context = await NewContextAsync(width);
            var page = await context.NewPageAsync();
            foreach (var (name, url) in pages)
            {
                await page.GotoAsync(url);
                await shots.TakeAsync(page, $"{name}-{width}");
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (width == 390)
                {
                    Assert.True(scrollWidth <= 390, $"{name} at 390 px is {scrollWidth} px wide");
                }

                Assert.True(await page.EvaluateAsync<bool>(ReferencesOnOneLine), $"{name} at {width} px breaks a reference number");
            }
        }
    }

    private async Task<IBrowserContext> NewContextAsync(int width) =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            // axe-core is injected as a script; the pages' own policy forbids every script.
            BypassCSP = true,
        });

    private async Task ExpectNoAxeViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        foreach (var violation in results.Violations)
        {
            output.WriteLine($"axe: {violation.Id} ({violation.Impact}): {violation.Help} — {string.Join("; ", violation.Nodes.Select(node => string.Join(" ", node.Target)))}");
        }

        Assert.Empty(results.Violations);
    }
}
