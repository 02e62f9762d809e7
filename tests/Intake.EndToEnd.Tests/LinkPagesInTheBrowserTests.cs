using System.Security.Cryptography;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Testing;
using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LinkPagesInTheBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> StaffInEnglish = new() { ["Intake:StaffLanguage"] = "en" };

    [Fact]
    public async Task The_verification_link_is_followed_from_the_outbox_and_confirmed_with_the_button()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var flow = new BrowserFlow(host);
        var shots = new Screenshots(output, nameof(The_verification_link_is_followed_from_the_outbox_and_confirmed_with_the_button));
        var id = await flow.OpenAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var link = await flow.OutboxLinkAsync(page, id, SamplePerson.Email, LinkNames.Verify);
        await shots.TakeAsync(page, "outbox");
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Confirm your email address");
        await shots.TakeAsync(page, "confirm-page");

        Assert.Equal(Stage.AwaitingVerification, (await host.Gateway.FindAsync(id))!.Stage);

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("your email address is confirmed");
        await shots.TakeAsync(page, "confirmed");

        await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
    }

    [Fact]
    public async Task Staff_approve_a_request_through_the_link_pages()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var flow = new BrowserFlow(host);
        var shots = new Screenshots(output, nameof(Staff_approve_a_request_through_the_link_pages));
        var id = await flow.OpenAsync();
        await flow.VerifyAsync(id);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var link = await flow.OutboxLinkAsync(page, id, BrowserFlow.StaffAddress, LinkNames.Approve);
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Approve the request");
        await shots.TakeAsync(page, "approve-page");

        Assert.Contains(SamplePerson.Email, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        AssertNoViolations(await page.RunAxe());

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Approved");
        await shots.TakeAsync(page, "approved");

        await flow.WaitAsync(id, state => state.Stage != Stage.AwaitingStaffReview);
    }

    [Fact]
    public async Task The_export_downloads_from_the_download_link_in_the_answer()
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var flow = new BrowserFlow(host);
        var shots = new Screenshots(output, nameof(The_export_downloads_from_the_download_link_in_the_answer));
        var id = await flow.OpenAsync();
        await flow.VerifyAsync(id);
        await flow.ApproveAsync(id);
        await flow.ConfirmAnalyticsAsync(id);
        var delivered = await flow.WaitForStageAsync(id, Stage.Delivered);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var link = await flow.OutboxLinkAsync(page, id, SamplePerson.Email, LinkNames.Download);
        await shots.TakeAsync(page, "outbox");
        await link.ClickAsync();
        await shots.TakeAsync(page, "download-page");
        Assert.Equal(0, (await host.Gateway.FindAsync(id))!.Downloads);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the file" }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), "intake-e2e-" + Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(saved);

        try
        {
            Assert.Equal($"{id.Value}-access.zip", download.SuggestedFilename);
            Assert.Equal(delivered.Export!.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(saved))));
            Assert.Equal(1, (await host.Gateway.FindAsync(id))!.Downloads);
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [Theory]
    [InlineData("fi", "Vahvista sähköpostiosoitteesi", "Vahvistan sähköpostiosoitteeni")]
    [InlineData("sv", "Bekräfta din e-postadress", "Jag bekräftar min e-postadress")]
    [InlineData("en", "Confirm your email address", "Confirm my email address")]
    [InlineData("et", "Kinnitage oma e-posti aadress", "Kinnitan oma e-posti aadressi")]
    public async Task Link_pages_read_in_each_language_and_pass_axe(string language, string heading, string button)
    {
        await using var host = await IntakeHost.StartAsync(azurite, StaffInEnglish);
        var flow = new BrowserFlow(host);
        var shots = new Screenshots(output, $"{nameof(Link_pages_read_in_each_language_and_pass_axe)}-{language}");
        var id = await flow.OpenAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var link = await flow.OutboxLinkAsync(page, id, SamplePerson.Email, LinkNames.Verify);
        await link.ClickAsync();

        // The language switch of the page itself, as a reader would use it.
        await page.Locator($"nav.languages a[hreflang='{language}']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await shots.TakeAsync(page, "verify");

        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = button }).CountAsync());
        AssertNoViolations(await page.RunAxe());
        Assert.Equal(Stage.AwaitingVerification, (await host.Gateway.FindAsync(id))!.Stage);
    }

    private static void AssertNoViolations(AxeResult result)
    {
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0, "axe: " + string.Join("; ", violations.Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
