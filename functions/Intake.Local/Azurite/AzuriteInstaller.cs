using System.Diagnostics;

namespace Intake.Local.Azurite;

/// <summary>Finds Azurite in the tools folder, installing the npm package there on first use.</summary>
public static class AzuriteInstaller
{
    /// <summary>The entry script of an installed Azurite under <paramref name="toolsPath"/>.</summary>
    public static string EntryScript(string toolsPath) =>
        Path.Combine(toolsPath, "azurite", "node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>Returns the entry script, running <c>npm install</c> when it is missing.</summary>
    public static async Task<string> EnsureInstalledAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var script = EntryScript(options.ToolsPath);
        if (File.Exists(script))
        {
            return script;
        }

        RequireOnPath("node");
        RequireOnPath("npm");
        var prefix = Path.Combine(options.ToolsPath, "azurite");
        Directory.CreateDirectory(prefix);
        var install = new ProcessStartInfo("npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", $"azurite@{options.Version}" })
        {
            install.ArgumentList.Add(argument);
        }

        using var process = Process.Start(install) ?? throw new AzuriteUnavailableException("Could not start npm to install Azurite.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || !File.Exists(script))
        {
            var firstLine = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no output";
            throw new AzuriteUnavailableException($"npm could not install azurite@{options.Version} into {prefix}: {firstLine}");
        }

        return script;
    }

    private static void RequireOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var found = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
        if (!found)
        {
            throw new AzuriteUnavailableException(
                $"Intake runs Azurite with Node.js, but '{program}' is not on PATH: install Node.js 20 or newer with npm (e.g. 'apt-get install nodejs npm'), or set ConnectionStrings:Storage to a storage account.");
        }
    }
}
