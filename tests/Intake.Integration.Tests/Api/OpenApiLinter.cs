using System.Diagnostics;
using System.Text.Json;

namespace Intake.Integration.Tests.Api;

/// <summary>
/// Runs Redocly CLI's linter (the npm package <c>@redocly/cli</c>) on an OpenAPI document, with the
/// rules of <c>Api/redocly.yaml</c>. It lives in the Intake tools folder next to Azurite;
/// <c>scripts/ensure-tools.sh</c> installs it, and so does the first lint where it is missing, so a
/// plain <c>dotnet test</c> works too.
/// </summary>
internal static class OpenApiLinter
{
    /// <summary>
    /// Pinned, so a new rule in a later release cannot fail a build that changed nothing; keep in
    /// step with scripts/ensure-tools.sh. 2.77.0 still runs on Node.js 20 (20.19 or newer).
    /// </summary>
    public const string Version = "2.77.0";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Every problem the linter reports, as one line each: severity, rule, where, what.</summary>
    public static async Task<IReadOnlyList<string>> LintAsync(string document)
    {
        var cli = await EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("intake-openapi-lint-").FullName;
        try
        {
            var path = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(path, document);
            var config = Path.Combine(AppContext.BaseDirectory, "Api", "redocly.yaml");
            var (exitCode, output, errors) = await RunAsync("node", folder, cli, "lint", path, "--config", config, "--format", "json");
            var start = output.IndexOf('{', StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"The linter printed no report (exit code {exitCode}): {errors}");
            }

            using var report = JsonDocument.Parse(output[start..]);
            return report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(problem => string.Join(
                    ' ',
                    problem.GetProperty("severity").GetString(),
                    problem.GetProperty("ruleId").GetString(),
                    problem.GetProperty("location")[0].GetProperty("pointer").GetString(),
                    problem.GetProperty("message").GetString()))
                .ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var tools = Environment.GetEnvironmentVariable("INTAKE_TOOLS") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".intake", "tools");
        var prefix = Path.Combine(tools, "redocly");
        var cli = Path.Combine(prefix, "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (File.Exists(cli))
        {
            return cli;
        }

        Directory.CreateDirectory(prefix);
        var (exitCode, _, errors) = await RunAsync("npm", prefix, "install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", $"@redocly/cli@{Version}");
        if (exitCode != 0 || !File.Exists(cli))
        {
            throw new InvalidOperationException(
                $"npm could not install @redocly/cli@{Version} into {prefix} (it needs Node.js 20.19 or newer and npm's registry): {errors}");
        }

        return cli;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The linter would otherwise report usage to Redocly and look for a newer release online.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        using var timeout = new CancellationTokenSource(Patience);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {arguments.FirstOrDefault()} did not finish within {Patience.TotalMinutes} minutes.");
        }

        return (process.ExitCode, await output, await errors);
    }
}
