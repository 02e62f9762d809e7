using System.Diagnostics;

namespace Intake.Bench.Harness;

/// <summary>The clone the benchmark runs in: where results are written and which commit was measured.</summary>
public static class Repository
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Intake.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the Intake clone (Intake.sln was not found above the working folder).");
    }

    /// <summary>
    /// The short commit id, marked when the tree had changes not committed — apart from the files a
    /// run itself rewrites (the results and the performance document).
    /// </summary>
    public static async Task<string> CommitAsync(string root)
    {
        var commit = await GitAsync(root, "rev-parse", "--short", "HEAD");
        if (commit is null)
        {
            return "unknown";
        }

        var changes = await GitAsync(root, "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench/results", ":(exclude)docs/performance.md");
        return string.IsNullOrWhiteSpace(changes) ? commit : commit + " (with uncommitted changes)";
    }

    private static async Task<string?> GitAsync(string root, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = await git.StandardOutput.ReadToEndAsync();
            await git.WaitForExitAsync();
            return git.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
