using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

/// <summary>Saves a full-page PNG of each page a test sees under <c>screenshots/</c> in the test output folder, and prints its path.</summary>
public sealed class Screenshots(ITestOutputHelper output, string test)
{
    private int number;

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task TakeAsync(IPage page, string step)
    {
        ArgumentNullException.ThrowIfNull(page);
        number++;
        var path = Path.Combine(Folder, $"{test}-{number:00}-{step}.png");
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
