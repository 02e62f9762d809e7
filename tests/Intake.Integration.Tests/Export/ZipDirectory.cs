using System.Buffers.Binary;
using System.Text;

namespace Intake.Integration.Tests.Export;

/// <summary>
/// Reads the compression method of each entry from a ZIP's central directory (System.IO.Compression
/// does not expose it). Small archives only: no ZIP64 end records.
/// </summary>
internal static class ZipDirectory
{
    public static IReadOnlyList<(string Name, ushort Method)> Methods(byte[] zip)
    {
        var end = zip.AsSpan().LastIndexOf([(byte)0x50, (byte)0x4b, (byte)0x05, (byte)0x06]);
        Assert.True(end >= 0, "no end of central directory record");
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var entries = new List<(string, ushort)>();
        for (var i = 0; i < count; i++)
        {
            var header = zip.AsSpan(offset);
            Assert.Equal(0x02014b50u, BinaryPrimitives.ReadUInt32LittleEndian(header));
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            entries.Add((Encoding.UTF8.GetString(header.Slice(46, nameLength)), method));
            offset += 46 + nameLength + extraLength + commentLength;
        }

        return entries;
    }
}
