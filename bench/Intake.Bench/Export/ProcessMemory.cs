using System.Diagnostics;
using System.Globalization;

namespace Intake.Bench.Export;

/// <summary>Resident memory of this process from /proc/self/status (VmRSS now, VmHWM its peak), else from <see cref="Process"/>.</summary>
public static class ProcessMemory
{
    public static long Current() => Read("VmRSS:") ?? Fallback(p => p.WorkingSet64);

    public static long Peak() => Read("VmHWM:") ?? Fallback(p => p.PeakWorkingSet64);

    private static long? Read(string key)
    {
        const string file = "/proc/self/status";
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var kilobytes = line?[key.Length..].Trim().Split(' ')[0];
        return long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
    }

    private static long Fallback(Func<Process, long> read)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return read(process);
    }
}
