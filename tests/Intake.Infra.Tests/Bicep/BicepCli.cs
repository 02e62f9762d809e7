using System.Diagnostics;

namespace Intake.Infra.Tests.Bicep;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package the test project downloads,
/// so the templates are compiled and linted offline, without the Azure CLI.
/// </summary>
public static class BicepCli
{
    public const string PackageId = "azure.bicep.commandline.linux-x64";

    public const string PackageVersion = "0.49.2";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> Executable = new(LocateExecutable);

    public static string ExecutablePath => Executable.Value;

    public static Task<BicepRun> BuildToStdoutAsync(string bicepFile) =>
        RunAsync("build", bicepFile, "--stdout");

    public static Task<BicepRun> LintAsync(string bicepFile) =>
        RunAsync("lint", bicepFile);

    public static async Task<BicepRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new BicepRun($"bicep {string.Join(' ', arguments)}", process.ExitCode, await stdout, await stderr);
    }

    private static string LocateExecutable()
    {
        var packageDirectory = Path.Combine(RepositoryLayout.NuGetPackageRoot, PackageId, PackageVersion);
        var usual = Path.Combine(packageDirectory, "tools", "bicep");
        var executable = (File.Exists(usual) ? usual : null)
            ?? (Directory.Exists(packageDirectory)
                ? Directory.EnumerateFiles(packageDirectory, "bicep", SearchOption.AllDirectories).FirstOrDefault()
                : null)
            ?? throw new FileNotFoundException(
                $"No bicep binary under {packageDirectory}. Restore tests/Intake.Infra.Tests (its PackageDownload fetches it).");

        // NuGet may extract package files without the execute bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(executable);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(executable, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return executable;
    }
}
