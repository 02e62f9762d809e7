using System.Globalization;
using Azure.Data.Tables;

namespace Intake.Adapters.Records;

/// <summary>
/// Stores text longer than one table property allows (64 KiB, i.e. 32K UTF-16 characters) across
/// numbered properties of the same entity; an entity holds up to 1 MiB.
/// </summary>
internal static class ChunkedText
{
    private const int ChunkChars = 30_000;

    public static void Write(TableEntity entity, string prefix, string text)
    {
        var chunks = (text.Length + ChunkChars - 1) / ChunkChars;
        entity[prefix + "Chunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[prefix + i.ToString(CultureInfo.InvariantCulture)] = text.Substring(i * ChunkChars, Math.Min(ChunkChars, text.Length - (i * ChunkChars)));
        }
    }

    public static string Read(TableEntity entity, string prefix)
    {
        var chunks = entity.GetInt32(prefix + "Chunks") ?? 0;
        return string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(prefix + i.ToString(CultureInfo.InvariantCulture))));
    }
}
