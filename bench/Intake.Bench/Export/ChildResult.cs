namespace Intake.Bench.Export;

/// <summary>What one export child measured: bytes written to the blob, the time it took, and the process's memory.</summary>
/// <param name="StartWorkingSetBytes">Resident memory just before the work began (runtime, clients, catalog).</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident memory (VmHWM) over its whole life.</param>
public sealed record ChildResult(string BlobName, long Bytes, double Seconds, long StartWorkingSetBytes, long PeakWorkingSetBytes)
{
    public double MegabytesPerSecond => Bytes / 1024.0 / 1024.0 / Seconds;
}
