using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Intake.Local.Azurite;

namespace Intake.Bench.Harness;

/// <summary>The machine a run measured, read at run time (never typed in): figures mean little without it.</summary>
public sealed record MachineInfo(
    int Cores,
    string Cpu,
    long MemoryBytes,
    string Os,
    string Dotnet,
    string GarbageCollector,
    string Azurite,
    string Node,
    double? LoadAverageAtStart)
{
    public static async Task<MachineInfo> ReadAsync(string azuriteToolsPath)
    {
        return new MachineInfo(
            Environment.ProcessorCount,
            CpuModel(),
            TotalMemory(),
            OsName(),
            RuntimeInformation.FrameworkDescription,
            System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
            AzuriteVersion(azuriteToolsPath),
            await NodeVersionAsync(),
            LoadAverage());
    }

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Cores} cores ({Cpu}), {MemoryBytes / 1024.0 / 1024 / 1024:0.#} GiB memory, {Os}, {Dotnet} ({GarbageCollector} GC), Azurite {Azurite} on Node.js {Node}; 1-minute load average {(LoadAverageAtStart is { } load ? load.ToString("0.##", CultureInfo.InvariantCulture) : "unknown")} at start");

    private static string CpuModel()
    {
        const string file = "/proc/cpuinfo";
        if (File.Exists(file))
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static long TotalMemory()
    {
        const string file = "/proc/meminfo";
        if (File.Exists(file))
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
            if (long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb))
            {
                return kb * 1024;
            }
        }

        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }

    private static string OsName()
    {
        const string file = "/etc/os-release";
        var pretty = File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        const string kernel = "/proc/sys/kernel/osrelease";
        var release = File.Exists(kernel) ? File.ReadAllText(kernel).Trim() : null;
        return (pretty ?? RuntimeInformation.OSDescription) + (release is null ? string.Empty : $", Linux {release}");
    }

    private static string AzuriteVersion(string toolsPath)
    {
        // The entry script is <package>/dist/src/azurite.js; its package.json names the version.
        var script = AzuriteInstaller.EntryScript(toolsPath);
        var package = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(script)!)!)!, "package.json");
        if (!File.Exists(package))
        {
            return "unknown";
        }

        using var document = JsonDocument.Parse(File.ReadAllText(package));
        return document.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "unknown" : "unknown";
    }

    private static async Task<string> NodeVersionAsync()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (node is null)
            {
                return "unknown";
            }

            var text = await node.StandardOutput.ReadToEndAsync();
            await node.WaitForExitAsync();
            return text.Trim().TrimStart('v');
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    /// <summary>Other work on the machine (other builds) skews absolute figures; ratios from one run much less.</summary>
    public static double? LoadAverage()
    {
        const string file = "/proc/loadavg";
        return File.Exists(file)
            && double.TryParse(File.ReadAllText(file).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : null;
    }
}
