using System.IO.Compression;
using Intake.Adapters.Export.Zip;

namespace Intake.Adapters.Export;

/// <summary>
/// How each kind of file in an export is compressed. Text (the report, JSON, CSV, the manifest) is
/// deflated at a fast level: on two cores Deflate at the default level took more time than
/// everything else the export does. Files that are compressed already (images, PDFs, archives,
/// office documents, audio and video) are stored: deflating them costs time and saves nothing.
/// </summary>
public static class EntryCompression
{
    /// <summary>
    /// zlib level for text entries. Level 1 uses fixed Huffman codes only and, on the sample
    /// data, leaves the ZIP half again as large; level 2 builds codes per block and costs little more.
    /// </summary>
    public const int TextLevel = 2;

    private static readonly HashSet<string> Compressed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar",
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".avif",
        ".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp",
        ".mp3", ".m4a", ".aac", ".ogg", ".opus", ".mp4", ".m4v", ".mov", ".webm", ".mkv",
    };

    /// <summary>The method for an entry named <paramref name="name"/> (only its extension counts).</summary>
    public static ZipMethod MethodFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Compressed.Contains(Path.GetExtension(name)) ? ZipMethod.Stored : ZipMethod.Deflate;
    }

    /// <summary>The zlib options for a deflated entry.</summary>
    public static ZLibCompressionOptions DeflateOptions() => new() { CompressionLevel = TextLevel };
}
