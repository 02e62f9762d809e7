namespace Intake.Adapters.Export;

/// <summary>One file of the export as manifest.json lists it.</summary>
public sealed record ManifestEntry(string Name, long Bytes, string Sha256);
