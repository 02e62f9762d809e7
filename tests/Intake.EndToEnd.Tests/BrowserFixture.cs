using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver (no browser download): the executable
/// from <c>INTAKE_CHROMIUM</c>, else <c>/usr/bin/chromium</c>. Without one the tests fail and say
/// what to install — a browser test that cannot run must never look like one that passed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("INTAKE_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Browser tests need Chromium at {ExecutablePath}: install it with 'sudo apt-get install chromium' or set INTAKE_CHROMIUM to a Chromium binary.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile: its own cookies, language and JavaScript setting.</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScript = true, string locale = "en-GB") =>
        Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = locale, AcceptDownloads = true });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
