using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Intake.Adapters.Export;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Sources;

namespace Intake.Integration.Tests.Export;

/// <summary>Runs every export job of a controller and reads an assembled ZIP back.</summary>
internal static class ExportFiles
{
    public static async Task<List<SourceReceipt>> ExportAllAsync(SampleWorld world, string controller, RequestId request, PersonKeys? person = null)
    {
        var receipts = new List<SourceReceipt>();
        foreach (var source in world.Map(controller).Sources.Where(s => s.Supports(SourceAction.Export)))
        {
            receipts.Add(await world.Runner.RunAsync(world.Job(controller, source.Id, SourceAction.Export, request, person)));
        }

        return receipts;
    }

    public static async Task<(byte[] Zip, Dictionary<string, byte[]> Files)> DownloadAsync(SampleWorld world, ExportSummary summary)
    {
        var download = await world.Blobs.GetBlobContainerClient("exports").GetBlobClient(summary.BlobName).DownloadContentAsync();
        var zip = download.Value.Content.ToArray();
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return (zip, files);
    }

    /// <summary>Checks manifest.json against the files: every file listed once with the right size and SHA-256.</summary>
    public static ExportManifest VerifyManifest(Dictionary<string, byte[]> files)
    {
        var manifest = JsonSerializer.Deserialize<ExportManifest>(files["manifest.json"], SourceJson.Options)!;
        Assert.Equal(files.Keys.Where(k => k != "manifest.json").Order(), manifest.Files.Select(f => f.Name).Order());
        foreach (var file in manifest.Files)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(files[file.Name])), file.Sha256);
            Assert.Equal(files[file.Name].LongLength, file.Bytes);
        }

        return manifest;
    }
}
