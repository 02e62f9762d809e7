using Deque.AxeCore.Playwright;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Tokens;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class StaffListInTheBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> StaffInEnglish = new() { ["Intake:StaffLanguage"] = "en" };

    [Fact]
    public async Task Staff_filter_and_page_the_list_without_javascript_and_the_overdue_request_comes_first_in_words()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var shots = new Screenshots(output, nameof(Staff_filter_and_page_the_list_without_javascript_and_the_overdue_request_comes_first_in_words));
        var seeded = await SeedAsync(host);
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync(ListLink(host).AbsoluteUri);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Requests");
        var firstRow = page.Locator("table.request-list tbody tr").First;
        await Assertions.Expect(firstRow.Locator("th")).ToHaveTextAsync(seeded.Overdue.Id.Value);
        await Assertions.Expect(firstRow).ToContainTextAsync("Overdue");
        await Assertions.Expect(firstRow).ToContainTextAsync("Repeat request");
        await shots.TakeAsync(page, "default");

        await page.GetByLabel("Type").SelectOptionAsync("erasure");
        await page.GetByLabel("Status").SelectOptionAsync("all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.request-list caption")).ToHaveTextAsync($"Requests 1–50 of {seeded.Erasures}");
        Assert.Contains("type=erasure", page.Url, StringComparison.Ordinal);
        await shots.TakeAsync(page, "erasures");

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.request-list caption")).ToHaveTextAsync($"Requests 51–{Math.Min(100, seeded.Erasures)} of {seeded.Erasures}");
        Assert.Contains("type=erasure", page.Url, StringComparison.Ordinal);
        Assert.Contains("page=2", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByLabel("Type")).ToHaveValueAsync("erasure");
        Assert.All(await page.Locator("table.request-list tbody td:nth-child(2)").AllInnerTextsAsync(), type => Assert.StartsWith("Erasure", type, StringComparison.Ordinal));
        await shots.TakeAsync(page, "erasures-page-2");

        await page.GetByLabel("Only overdue requests").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.request-list caption")).ToHaveTextAsync("Requests 1–1 of 1");
        await Assertions.Expect(page.Locator("table.request-list tbody th")).ToHaveTextAsync(seeded.OverdueErasure.Id.Value);
        await shots.TakeAsync(page, "overdue-erasures");

        await page.GetByRole(AriaRole.Link, new() { Name = "Accountability report" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Accountability report");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the requests" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Requests");
    }

    [Fact]
    public async Task The_list_has_no_accessibility_violations_fits_a_phone_and_keeps_each_reference_on_one_line()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var shots = new Screenshots(output, nameof(The_list_has_no_accessibility_violations_fits_a_phone_and_keeps_each_reference_on_one_line));
        await SeedAsync(host);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(ListLink(host).AbsoluteUri + "?status=all");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Requests");
        var lines = await page.Locator("table.request-list .reference").EvaluateAllAsync<int[]>("cells => cells.map(cell => cell.getClientRects().length)");
        Assert.Equal(50, lines.Length);
        Assert.All(lines, count => Assert.Equal(1, count));
        // The wide page gives the dates room too: no received date wraps at 1280 px.
        var dateLines = await page.Locator("table.request-list tbody td:nth-child(5)").EvaluateAllAsync<int[]>(
            "cells => cells.map(cell => { const range = document.createRange(); range.selectNodeContents(cell); return new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size; })");
        Assert.Equal(50, dateLines.Length);
        Assert.All(dateLines, count => Assert.Equal(1, count));
        await AssertNoViolationsAsync(page);
        await shots.TakeAsync(page, "wide");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the page does not scroll sideways at 390 px");
        var narrowLines = await page.Locator("table.request-list .reference").EvaluateAllAsync<int[]>("cells => cells.map(cell => cell.getClientRects().length)");
        Assert.All(narrowLines, count => Assert.Equal(1, count));
        await AssertNoViolationsAsync(page);
        await shots.TakeAsync(page, "phone");
    }

    private async Task AssertNoViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        foreach (var violation in results.Violations)
        {
            output.WriteLine($"axe: {violation.Id} ({violation.Impact}): {violation.Help}; {string.Join(" | ", violation.Nodes.Select(node => node.Html))}");
        }

        Assert.Empty(results.Violations);
    }

    private sealed record Seeded(RequestSummary Overdue, RequestSummary OverdueErasure, int Erasures);

    /// <summary>
    /// 130 summaries of Clewer's requests received over the past weeks (the real calendar, so the
    /// due dates are a month after), all still open but two: one access request received 60 days
    /// ago, a repeat, and one erasure received 50 days ago, both overdue.
    /// </summary>
    private static async Task<Seeded> SeedAsync(IntakeHost host)
    {
        var index = host.Services.GetRequiredService<IRequestIndex>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var erasures = 0;
        for (var i = 0; i < 128; i++)
        {
            var type = i % 2 == 0 ? RequestType.Erasure : RequestType.Access;
            erasures += type == RequestType.Erasure ? 1 : 0;
            await index.WriteAsync(Summary(i, type, Stage.InProgress, today.AddDays(-(i % 25))));
        }

        var overdue = Summary(1000, RequestType.Access, Stage.AwaitingStaffReview, today.AddDays(-60)) with { Repeat = true };
        var overdueErasure = Summary(1001, RequestType.Erasure, Stage.InProgress, today.AddDays(-50));
        await index.WriteAsync(overdue);
        await index.WriteAsync(overdueErasure);
        return new Seeded(overdue, overdueErasure, erasures + 1);
    }

    private static RequestSummary Summary(int number, RequestType type, Stage stage, DateOnly received)
    {
        var due = received.AddMonths(1);
        return new RequestSummary
        {
            Id = RequestId.FromRandomBytes(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(number))),
            Controller = "clewer",
            Type = type,
            Channel = number % 3 == 0 ? Channel.Email : Channel.WebForm,
            Language = Language.Fi,
            Stage = stage,
            ReceivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(2)),
            DueDate = due,
            DueAt = new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(2)),
            OriginalDueDate = due,
            Version = 4,
        };
    }

    private static Uri ListLink(IntakeHost host) =>
        host.Services.GetRequiredService<LinkIssuer>().Issue("clewer", LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.UtcNow.AddHours(1), "browser-list");
}
