using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Intake.Adapters.Export;
using Intake.Adapters.Export.Zip;

namespace Intake.Integration.Tests.Export;

public sealed class ZipStreamWriterTests
{
    private static readonly DateTime Modified = new(2026, 11, 25, 9, 30, 44);

    [Fact]
    public async Task Deflated_and_stored_entries_read_back_with_their_names_contents_and_methods()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Maija Meikäläinen, Esimerkkikatu 1 A 2\n", 2000)));
        var image = RandomNumberGenerator.GetBytes(70_000);
        using var output = new MemoryStream();
        var zip = new ZipStreamWriter(output, Modified);

        await WriteAsync(zip, "data/henkilö.csv", text);
        await WriteAsync(zip, "attachments/kuva.jpg", image);
        await WriteAsync(zip, "empty.json", []);
        await zip.FinishAsync();

        var bytes = output.ToArray();
        Assert.Equal(bytes.LongLength, zip.Position);
        var files = Read(bytes);
        Assert.Equal(["data/henkilö.csv", "attachments/kuva.jpg", "empty.json"], files.Keys);
        Assert.Equal(text, files["data/henkilö.csv"]);
        Assert.Equal(image, files["attachments/kuva.jpg"]);
        Assert.Empty(files["empty.json"]);
        Assert.Equal(
            [("data/henkilö.csv", (ushort)8), ("attachments/kuva.jpg", (ushort)0), ("empty.json", (ushort)8)],
            ZipDirectory.Methods(bytes));
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(Modified, archive.Entries[0].LastWriteTime.DateTime);
        Assert.True(archive.Entries[0].CompressedLength < text.Length / 10);
    }

    [Fact]
    public async Task More_than_65535_entries_are_all_listed()
    {
        const int count = 70_000;
        using var output = new MemoryStream();
        var zip = new ZipStreamWriter(output, Modified);
        for (var i = 0; i < count; i++)
        {
            await WriteAsync(zip, $"f{i}.txt", Encoding.ASCII.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await zip.FinishAsync();

        using var archive = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(count, archive.Entries.Count);
        using var last = new StreamReader(archive.GetEntry($"f{count - 1}.txt")!.Open());
        Assert.Equal((count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await last.ReadToEndAsync());
    }

    /// <summary>
    /// A JSON file of a large source passes 4 GiB. Zeros compress a thousandfold, so the archive
    /// stays a few megabytes in memory while the entry's size needs ZIP64. (Offsets past 4 GiB are
    /// checked by the export benchmark's 5 GiB case, which opens the ZIP it made.)
    /// </summary>
    [Fact]
    public async Task An_entry_over_4_GiB_is_recorded_with_zip64_sizes_and_reads_back_whole()
    {
        const long large = (4L * 1024 * 1024 * 1024) + (300L * 1024 * 1024);
        using var output = new MemoryStream();
        var zip = new ZipStreamWriter(output, Modified);
        await zip.BeginEntryAsync("data/large.json", ZipMethod.Deflate);
        var totals = await EncodeZerosAsync(zip, large);
        await zip.EndEntryAsync(totals);
        await WriteAsync(zip, "data/after.jpg", Encoding.UTF8.GetBytes("after the large one"));
        await zip.FinishAsync();

        using var archive = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        var entry = archive.GetEntry("data/large.json")!;
        Assert.Equal(large, entry.Length);
        Assert.Equal(totals.Crc32, entry.Crc32);
        using (var content = entry.Open())
        {
            var buffer = new byte[1024 * 1024];
            long read = 0;
            int n;
            while ((n = await content.ReadAsync(buffer)) > 0)
            {
                read += n;
            }

            Assert.Equal(large, read);
        }

        using var after = new StreamReader(archive.GetEntry("data/after.jpg")!.Open());
        Assert.Equal("after the large one", await after.ReadToEndAsync());
    }

    private static async Task<ZipEntryTotals> EncodeZerosAsync(ZipStreamWriter zip, long bytes)
    {
        await using var data = new ZipEntryStream(zip);
        await using var encoder = new EntryEncoder("data/large.json", data);
        var zeros = new byte[4 * 1024 * 1024];
        for (var left = bytes; left > 0; left -= zeros.Length)
        {
            await encoder.WriteAsync(zeros.AsMemory(0, (int)Math.Min(zeros.Length, left)));
        }

        return (await encoder.CompleteAsync()).Totals;
    }

    private static async Task WriteAsync(ZipStreamWriter zip, string name, byte[] content)
    {
        await zip.BeginEntryAsync(name, EntryCompression.MethodFor(name));
        await using var data = new ZipEntryStream(zip);
        await using var encoder = new EntryEncoder(name, data);
        await encoder.WriteAsync(content);
        var entry = await encoder.CompleteAsync();
        Assert.Equal(content.LongLength, entry.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), entry.Sha256);
        await zip.EndEntryAsync(entry.Totals);
    }

    private static Dictionary<string, byte[]> Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return files;
    }
}
