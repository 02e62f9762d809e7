namespace Intake.Core.Sources;

/// <summary>The assembled answer: one ZIP in the exports container, and how to check it.</summary>
/// <param name="Sha256">Hex SHA-256 of the whole ZIP; the manifest inside lists each file's hash.</param>
public sealed record ExportSummary(
    string BlobName,
    long Bytes,
    string Sha256,
    int Files);
