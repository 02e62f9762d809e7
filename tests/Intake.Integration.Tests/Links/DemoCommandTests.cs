using System.Globalization;
using System.IO.Compression;
using Intake.Local.Cli;

namespace Intake.Integration.Tests.Links;

/// <summary>The demo starts its own in-memory Azurite and host, so it needs no fixture.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_runs_an_access_request_end_to_end_and_saves_a_verified_export()
    {
        var folder = Path.Combine(Path.GetTempPath(), "intake-demo-test-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            var exit = await IntakeCommandLine.InvokeAsync(["demo", "--output", folder], output, error);

            var printed = output.ToString();
            Assert.True(exit == ExitCodes.Success, error.ToString() + printed);
            Assert.Contains("Submit an access request through the HTTP API", printed, StringComparison.Ordinal);
            Assert.Contains("Approve the request (POST)", printed, StringComparison.Ordinal);
            Assert.Contains("Record what was found in the manual source (POST)", printed, StringComparison.Ordinal);
            Assert.Matches(@"Verify the manifest hashes\s+\d+\.\d\d s  \d+ files match", printed);
            Assert.Contains("Download link: http://127.0.0.1:", printed, StringComparison.Ordinal);
            var saved = printed.Split('\n').Single(line => line.StartsWith("Saved: ", StringComparison.Ordinal))["Saved: ".Length..].Trim();
            Assert.Equal(folder, Path.GetDirectoryName(saved));
            using var zip = ZipFile.OpenRead(saved);
            Assert.NotNull(zip.GetEntry("manifest.json"));
            Assert.NotNull(zip.GetEntry("report.html"));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task The_demo_names_the_failing_step_and_exits_non_zero()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var exit = await IntakeCommandLine.InvokeAsync(["demo", "--controller", "acme", "--output", Path.GetTempPath()], output, error);

        Assert.Equal(DemoCommand.StepFailed, exit);
        Assert.Contains("Demo failed at step 3 (Find the controller's privacy contact): No controller 'acme' is configured; the sample controllers are clerica, clewer.", error.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"  1\. Start Azurite \(in memory\)\s+\d+\.\d\d s", output.ToString());
    }
}
