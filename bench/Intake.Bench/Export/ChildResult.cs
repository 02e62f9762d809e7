namespace Intake.Bench.Export;

/// <summary>What one export child measured: bytes written to the blob, the time it took, the process's memory and CPU.</summary>
/// <param name="StartWorkingSetBytes">Resident memory just before the work began (runtime, clients, catalog).</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident memory (VmHWM) over its whole life.</param>
/// <param name="CpuSeconds">CPU time (user and system, all threads) the child spent on the work.</param>
/// <param name="AzuriteCpuSeconds">CPU time Azurite spent meanwhile (measured by the parent around the child).</param>
public sealed record ChildResult(string BlobName, long Bytes, double Seconds, long StartWorkingSetBytes, long PeakWorkingSetBytes, double CpuSeconds = 0, double AzuriteCpuSeconds = 0)
{
    public double MegabytesPerSecond => Bytes / 1024.0 / 1024.0 / Seconds;
}
