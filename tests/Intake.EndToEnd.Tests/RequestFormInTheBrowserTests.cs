using System.Text.RegularExpressions;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Testing;
using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

/// <summary>
/// The person's request form in a real browser: with JavaScript and without (it needs none), by
/// keyboard alone, and in each language. Fields are found by their names, so the tests follow the
/// form's contract rather than its wording.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RequestFormInTheBrowserTests(AzuriteFixture azurite, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task The_request_form_submits_with_javascript_enabled() =>
        await SubmitsAsync(javaScript: true, nameof(The_request_form_submits_with_javascript_enabled));

    [Fact]
    public async Task The_request_form_submits_with_javascript_disabled() =>
        await SubmitsAsync(javaScript: false, nameof(The_request_form_submits_with_javascript_disabled));

    [Fact]
    public async Task The_request_form_can_be_completed_with_tab_space_and_enter_only()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var shots = new Screenshots(output, nameof(The_request_form_can_be_completed_with_tab_space_and_enter_only));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "en/clewer/").AbsoluteUri);

        await TabToAsync(page, "input[name='type']");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.Locator("input[name='type'][value='access']").IsCheckedAsync(), "Space chose the first right, access");
        await TabToAsync(page, "input[name='name']");
        await page.Keyboard.TypeAsync(SamplePerson.Name);
        await TabToAsync(page, "input[name='email']");
        await page.Keyboard.TypeAsync(SamplePerson.Email);
        await TabToAsync(page, "form button[type='submit']");
        await shots.TakeAsync(page, "filled-by-keyboard");
        await page.Keyboard.PressAsync("Enter");
        await ConfirmationShownAsync(page);
        await shots.TakeAsync(page, "submitted");

        await ExpectVerificationMailAsync(host, page);
    }

    [Theory]
    [InlineData("fi", "Lähetä pyyntö")]
    [InlineData("sv", "Skicka begäran")]
    [InlineData("en", "Send request")]
    [InlineData("et", "Saada taotlus")]
    public async Task The_request_form_reads_in_each_language(string language, string submit)
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var shots = new Screenshots(output, $"{nameof(The_request_form_reads_in_each_language)}-{language}");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, $"{language}/clewer/").AbsoluteUri);
        await shots.TakeAsync(page, "form");

        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = submit }).CountAsync());
        // Every visible text field and the email field have a label a screen reader announces.
        foreach (var name in new[] { "name", "email" })
        {
            var id = await page.Locator($"input[name='{name}']").GetAttributeAsync("id");
            Assert.Equal(1, await page.Locator($"label[for='{id}']").CountAsync());
        }
    }

    private async Task SubmitsAsync(bool javaScript, string test)
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var shots = new Screenshots(output, test);
        await using var context = await browser.NewContextAsync(javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "en/clewer/").AbsoluteUri);
        await shots.TakeAsync(page, "form");

        await page.Locator("input[name='type'][value='access']").CheckAsync();
        await page.Locator("input[name='name']").FillAsync(SamplePerson.Name);
        await page.Locator("input[name='email']").FillAsync(SamplePerson.Email);
        await page.Locator("textarea[name='details']").FillAsync("Please send me a copy of my data.");
        await page.Locator("form button[type='submit']").ClickAsync();
        await ConfirmationShownAsync(page);
        await shots.TakeAsync(page, "submitted");

        await ExpectVerificationMailAsync(host, page);
    }

    /// <summary>
    /// Waits for the page that answers the post to show a reference. Waiting for a load state
    /// instead can look at the form's own document when the click returns before the answer is
    /// committed, or wait out a load event that already passed; the content is what matters.
    /// </summary>
    private static Task ConfirmationShownAsync(IPage page) =>
        page.Locator("main").GetByText(Reference()).First.WaitForAsync(new() { Timeout = 60_000 });

    /// <summary>The page after submitting shows a reference, and the verification mail for it is in the outbox.</summary>
    private static async Task ExpectVerificationMailAsync(IntakeHost host, IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        var reference = Reference().Match(text);
        Assert.True(reference.Success, "the confirmation page shows the reference: " + text);
        var mail = await host.WaitForMailAsync(SamplePerson.Email, m => m.Reference == reference.Value && m.Links.Any(l => l.Name == LinkNames.Verify));
        Assert.NotNull(mail);
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus; fails if it never does.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            if (await page.Locator(selector).First.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}.");
    }

    [GeneratedRegex("R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}")]
    private static partial Regex Reference();
}
