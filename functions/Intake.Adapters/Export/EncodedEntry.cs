using Intake.Adapters.Export.Zip;

namespace Intake.Adapters.Export;

/// <summary>One file of the export once encoded: what the ZIP records of it and what the manifest lists.</summary>
/// <param name="Sha256">Hex SHA-256 of the uncompressed content.</param>
public sealed record EncodedEntry(string Name, ZipMethod Method, uint Crc32, long Bytes, string Sha256)
{
    public ZipEntryTotals Totals => new(Crc32, Bytes);

    public ManifestEntry ManifestEntry => new(Name, Bytes, Sha256);
}
