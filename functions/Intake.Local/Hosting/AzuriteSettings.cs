using System.ComponentModel.DataAnnotations;
using Intake.Local.Azurite;

namespace Intake.Local.Hosting;

/// <summary>Configuration section <c>Azurite</c>: the emulator the local host starts when no storage is configured.</summary>
public sealed class AzuriteSettings
{
    public const string SectionName = "Azurite";

    public string ToolsPath { get; set; } = AzuriteOptions.DefaultToolsPath();

    public string DataPath { get; set; } = new AzuriteOptions().DataPath;

    public bool InMemory { get; set; }

    [Range(0, 65_535, ErrorMessage = "{0} must be a port from 1 to 65535, or 0 for a free one.")]
    public int BlobPort { get; set; }

    [Range(0, 65_535, ErrorMessage = "{0} must be a port from 1 to 65535, or 0 for a free one.")]
    public int QueuePort { get; set; }

    [Range(0, 65_535, ErrorMessage = "{0} must be a port from 1 to 65535, or 0 for a free one.")]
    public int TablePort { get; set; }

    public AzuriteOptions ToAzuriteOptions() => new()
    {
        ToolsPath = ToolsPath,
        DataPath = DataPath,
        InMemory = InMemory,
        BlobPort = BlobPort,
        QueuePort = QueuePort,
        TablePort = TablePort,
    };
}
