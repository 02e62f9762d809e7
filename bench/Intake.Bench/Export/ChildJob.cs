namespace Intake.Bench.Export;

/// <summary>What the export child process is asked to do, passed as a JSON file.</summary>
/// <param name="Receipt">The source receipt of the collected rows, in Intake's JSON.</param>
/// <param name="ZipFile">For an upload: the local copy of an assembled ZIP to upload raw.</param>
public sealed record ChildJob(
    string ConnectionString,
    string EvidenceContainer,
    string ExportsContainer,
    string Request,
    string Receipt,
    string? ZipFile);
