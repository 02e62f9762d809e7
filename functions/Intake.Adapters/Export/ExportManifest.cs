namespace Intake.Adapters.Export;

/// <summary>manifest.json: what the export is and the SHA-256 of every other file in it, so the person (or anyone) can check nothing changed.</summary>
public sealed record ExportManifest(
    string Request,
    string Controller,
    string Type,
    string Language,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ManifestEntry> Files);
