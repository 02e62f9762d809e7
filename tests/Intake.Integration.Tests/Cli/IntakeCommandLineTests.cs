using System.Diagnostics;
using Intake.Local.Cli;

namespace Intake.Integration.Tests.Cli;

public sealed class IntakeCommandLineTests
{
    [Theory]
    [InlineData(true, "due", "--received", "2027-03-05T10:00+02:00")]
    [InlineData(true, "due")]
    [InlineData(true, "--help")]
    [InlineData(true, "-h")]
    [InlineData(true, "--version")]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://127.0.0.1:5000")]
    [InlineData(false, "Due")]
    public void Only_a_command_or_a_root_option_goes_to_the_command_line(bool handled, params string[] args)
    {
        Assert.Equal(handled, IntakeCommandLine.Handles(args));
    }

    [Fact]
    public async Task Help_lists_the_due_command_and_exits_0()
    {
        var run = await CommandLineRun.InvokeAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("due", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_help_names_every_option()
    {
        var run = await CommandLineRun.InvokeAsync("due", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--received", "--calendar", "--clock-policy", "--verified", "--time-zone" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_program_runs_due_and_prints_json()
    {
        var (exitCode, output, _) = await RunProgramAsync("due", "--received", "2027-03-05T10:00+02:00");

        Assert.Equal(0, exitCode);
        Assert.Contains("\"dueDate\": \"2027-04-05\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_program_exits_2_on_a_receipt_without_offset()
    {
        var (exitCode, output, error) = await RunProgramAsync("due", "--received", "2027-03-05T10:00");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("offset", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProgramAsync(params string[] args)
    {
        // The built program sits next to the tests because this project references it.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Intake.Local.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
