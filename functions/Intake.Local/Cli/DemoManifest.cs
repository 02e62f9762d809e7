using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Intake.Adapters.Export;
using Intake.Core.Sources;

namespace Intake.Local.Cli;

/// <summary>Checks a downloaded export the way its recipient can: every file listed in manifest.json has the SHA-256 the manifest states.</summary>
public static class DemoManifest
{
    /// <summary>The number of files checked.</summary>
    /// <exception cref="DemoStepFailedException">The manifest is missing, or a file is missing or differs.</exception>
    public static int Verify(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var manifestEntry = archive.GetEntry("manifest.json") ?? throw new DemoStepFailedException("The export has no manifest.json.");
        ExportManifest? manifest;
        using (var stream = manifestEntry.Open())
        {
            manifest = JsonSerializer.Deserialize<ExportManifest>(stream, SourceJson.Options);
        }

        if (manifest is null || manifest.Files.Count == 0)
        {
            throw new DemoStepFailedException("manifest.json lists no files.");
        }

        foreach (var file in manifest.Files)
        {
            var entry = archive.GetEntry(file.Name) ?? throw new DemoStepFailedException($"{file.Name} is listed in the manifest but missing from the export.");
            using var content = entry.Open();
            var hash = Convert.ToHexStringLower(SHA256.HashData(content));
            if (!string.Equals(hash, file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new DemoStepFailedException($"{file.Name} does not match its manifest hash.");
            }
        }

        return manifest.Files.Count;
    }
}
