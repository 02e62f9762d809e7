namespace Intake.Adapters.Export.Zip;

/// <summary>What the ZIP records about an entry's content once it is written: its CRC-32 and uncompressed size.</summary>
public sealed record ZipEntryTotals(uint Crc32, long UncompressedBytes);
