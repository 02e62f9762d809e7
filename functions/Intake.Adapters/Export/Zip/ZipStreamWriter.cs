using System.Buffers.Binary;
using System.Text;

namespace Intake.Adapters.Export.Zip;

/// <summary>
/// Writes a ZIP archive front to back onto a stream that cannot seek (a blob upload), one entry
/// after another, with entry data that is already compressed (or stored) by whoever supplies it.
/// That is what lets the export encode several entries at once elsewhere and only copy them here;
/// System.IO.Compression's archive compresses each entry itself and only one at a time.
/// Sizes and CRCs follow each entry in a data descriptor, and ZIP64 fields are written wherever
/// a size, an offset or the entry count outgrows the classic 32-bit (16-bit) fields.
/// </summary>
public sealed class ZipStreamWriter
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint DataDescriptorSignature = 0x08074b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint EndSignature = 0x06054b50;

    // Bit 3: CRC and sizes follow the data (they are not known when the header is written).
    // Bit 11: the name is UTF-8.
    private const ushort Flags = 0x0008 | 0x0800;
    private const ushort VersionZip64 = 45;
    private const ushort MadeBy = VersionZip64;

    private readonly Stream output;
    private readonly ushort dosTime;
    private readonly ushort dosDate;
    private readonly List<CentralRecord> entries = [];
    private OpenEntry? open;
    private bool finished;

    /// <param name="modified">The time every entry is stamped with (ZIP keeps local clock time, to two seconds).</param>
    public ZipStreamWriter(Stream output, DateTime modified)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        var clamped = modified.Year < 1980 ? new DateTime(1980, 1, 1) : modified.Year > 2107 ? new DateTime(2107, 12, 31, 23, 59, 58) : modified;
        dosTime = (ushort)((clamped.Hour << 11) | (clamped.Minute << 5) | (clamped.Second / 2));
        dosDate = (ushort)(((clamped.Year - 1980) << 9) | (clamped.Month << 5) | clamped.Day);
    }

    /// <summary>Bytes of the archive written so far.</summary>
    public long Position { get; private set; }

    /// <summary>Starts an entry: writes its local header. Its data follows through <see cref="WriteDataAsync"/>.</summary>
    public async Task BeginEntryAsync(string name, ZipMethod method, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (open is not null)
        {
            throw new InvalidOperationException("The previous entry is still open.");
        }

        ObjectDisposedException.ThrowIf(finished, this);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        if (nameBytes.Length > ushort.MaxValue)
        {
            throw new ArgumentException("An entry name is at most 65,535 bytes.", nameof(name));
        }

        var header = new byte[30 + nameBytes.Length];
        var span = header.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], VersionNeeded(method, zip64: false));
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], (ushort)method);
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], dosDate);
        // CRC-32, compressed and uncompressed size (14..25) stay zero: the data descriptor carries them.
        BinaryPrimitives.WriteUInt16LittleEndian(span[26..], (ushort)nameBytes.Length);
        nameBytes.CopyTo(span[30..]);

        open = new OpenEntry(nameBytes, method, Position);
        await WriteAsync(header, cancellationToken);
        open.DataStart = Position;
    }

    /// <summary>Appends (already compressed) data to the open entry.</summary>
    public async ValueTask WriteDataAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (open is null)
        {
            throw new InvalidOperationException("No entry is open.");
        }

        await WriteAsync(data, cancellationToken);
    }

    /// <summary>Closes the open entry with the CRC and size of its uncompressed content.</summary>
    public async Task EndEntryAsync(ZipEntryTotals totals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var entry = open ?? throw new InvalidOperationException("No entry is open.");
        var compressed = Position - entry.DataStart;
        var zip64 = compressed >= uint.MaxValue || totals.UncompressedBytes >= uint.MaxValue;
        var descriptor = new byte[zip64 ? 24 : 16];
        var span = descriptor.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, DataDescriptorSignature);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], totals.Crc32);
        if (zip64)
        {
            BinaryPrimitives.WriteInt64LittleEndian(span[8..], compressed);
            BinaryPrimitives.WriteInt64LittleEndian(span[16..], totals.UncompressedBytes);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)compressed);
            BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)totals.UncompressedBytes);
        }

        await WriteAsync(descriptor, cancellationToken);
        entries.Add(new CentralRecord(entry.Name, entry.Method, totals.Crc32, compressed, totals.UncompressedBytes, entry.HeaderOffset));
        open = null;
    }

    /// <summary>Writes the central directory and the end records; the archive is complete after this.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken = default)
    {
        if (open is not null)
        {
            throw new InvalidOperationException("An entry is still open.");
        }

        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        var directoryStart = Position;
        foreach (var entry in entries)
        {
            await WriteAsync(CentralHeader(entry), cancellationToken);
        }

        var directorySize = Position - directoryStart;
        var needsZip64 = entries.Count >= ushort.MaxValue || directoryStart >= uint.MaxValue || directorySize >= uint.MaxValue;
        if (needsZip64)
        {
            await WriteAsync(Zip64End(directoryStart, directorySize), cancellationToken);
        }

        var end = new byte[22];
        var span = end.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, EndSignature);
        // Disk numbers (4..7) are zero: one archive, one "disk".
        var count = (ushort)Math.Min(entries.Count, ushort.MaxValue);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], Saturate(directorySize));
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], Saturate(directoryStart));
        await WriteAsync(end, cancellationToken);
    }

    private byte[] CentralHeader(CentralRecord entry)
    {
        // The ZIP64 extra holds, in this order, only the fields too large for their 32-bit slot.
        var large = new List<long>(3);
        if (entry.UncompressedBytes >= uint.MaxValue)
        {
            large.Add(entry.UncompressedBytes);
        }

        if (entry.CompressedBytes >= uint.MaxValue)
        {
            large.Add(entry.CompressedBytes);
        }

        if (entry.HeaderOffset >= uint.MaxValue)
        {
            large.Add(entry.HeaderOffset);
        }

        var extraLength = large.Count == 0 ? 0 : 4 + (8 * large.Count);
        var header = new byte[46 + entry.Name.Length + extraLength];
        var span = header.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], MadeBy);
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], VersionNeeded(entry.Method, zip64: large.Count > 0));
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], (ushort)entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(span[14..], dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(span[20..], Saturate(entry.CompressedBytes));
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], Saturate(entry.UncompressedBytes));
        BinaryPrimitives.WriteUInt16LittleEndian(span[28..], (ushort)entry.Name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(span[30..], (ushort)extraLength);
        // Comment length, disk number, internal and external attributes (32..41) stay zero.
        BinaryPrimitives.WriteUInt32LittleEndian(span[42..], Saturate(entry.HeaderOffset));
        entry.Name.CopyTo(span[46..]);
        if (large.Count > 0)
        {
            var extra = span[(46 + entry.Name.Length)..];
            BinaryPrimitives.WriteUInt16LittleEndian(extra, 0x0001);
            BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], (ushort)(8 * large.Count));
            for (var i = 0; i < large.Count; i++)
            {
                BinaryPrimitives.WriteInt64LittleEndian(extra[(4 + (8 * i))..], large[i]);
            }
        }

        return header;
    }

    private byte[] Zip64End(long directoryStart, long directorySize)
    {
        var recordStart = Position;
        var record = new byte[56 + 20];
        var span = record.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Zip64EndSignature);
        BinaryPrimitives.WriteInt64LittleEndian(span[4..], 44);
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], MadeBy);
        BinaryPrimitives.WriteUInt16LittleEndian(span[14..], VersionZip64);
        // This disk and the directory's disk (16..23) are zero.
        BinaryPrimitives.WriteInt64LittleEndian(span[24..], entries.Count);
        BinaryPrimitives.WriteInt64LittleEndian(span[32..], entries.Count);
        BinaryPrimitives.WriteInt64LittleEndian(span[40..], directorySize);
        BinaryPrimitives.WriteInt64LittleEndian(span[48..], directoryStart);

        var locator = span[56..];
        BinaryPrimitives.WriteUInt32LittleEndian(locator, Zip64LocatorSignature);
        BinaryPrimitives.WriteInt64LittleEndian(locator[8..], recordStart);
        BinaryPrimitives.WriteUInt32LittleEndian(locator[16..], 1);
        return record;
    }

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await output.WriteAsync(bytes, cancellationToken);
        Position += bytes.Length;
    }

    private static ushort VersionNeeded(ZipMethod method, bool zip64) =>
        zip64 ? VersionZip64 : method == ZipMethod.Deflate ? (ushort)20 : (ushort)10;

    private static uint Saturate(long value) => value >= uint.MaxValue ? uint.MaxValue : (uint)value;

    private sealed class OpenEntry(byte[] name, ZipMethod method, long headerOffset)
    {
        public byte[] Name { get; } = name;

        public ZipMethod Method { get; } = method;

        public long HeaderOffset { get; } = headerOffset;

        public long DataStart { get; set; }
    }

    private sealed record CentralRecord(byte[] Name, ZipMethod Method, uint Crc32, long CompressedBytes, long UncompressedBytes, long HeaderOffset);
}
