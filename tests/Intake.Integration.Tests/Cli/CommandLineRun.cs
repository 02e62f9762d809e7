using System.Globalization;
using System.Text.Json;
using Intake.Local.Cli;

namespace Intake.Integration.Tests.Cli;

/// <summary>One in-process run of the command line, with what it printed.</summary>
internal sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandLineRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await IntakeCommandLine.InvokeAsync(args, output, error);
        return new CommandLineRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The printed JSON; fails the test when the run did not succeed.</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }
}
