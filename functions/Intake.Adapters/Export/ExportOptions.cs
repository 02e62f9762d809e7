using System.ComponentModel.DataAnnotations;
using Intake.Adapters.Storage;

namespace Intake.Adapters.Export;

/// <summary>Where exports go and how they are built (configuration section <c>Intake:Exports</c>, checked when the host starts).</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Intake:Exports";

    /// <summary>The container; by default <c>exports</c> after the storage prefix.</summary>
    [RegularExpression(ContainerNames.Pattern, ErrorMessage = ContainerNames.Message)]
    public string ContainerName { get; set; } = "exports";

    /// <summary>Block size when streaming the ZIP to storage; memory for the upload is about twice this much.</summary>
    [Range(1024, 100 * 1024 * 1024, ErrorMessage = "{0} must be a whole number of bytes from 1024 to 104857600 (100 MiB).")]
    public int BufferBytes { get; set; } = 1024 * 1024;

    /// <summary>How many sources are read and encoded at the same time while the ZIP is written in order.</summary>
    [Range(1, 64, ErrorMessage = "{0} must be a whole number from 1 to 64.")]
    public int ParallelSources { get; set; } = 4;

    /// <summary>
    /// Where encoded files wait for their turn in the ZIP (temporary files, deleted when the export
    /// ends). It needs room for about the compressed size of the sources read ahead.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} must be a folder.")]
    public string SpoolFolder { get; set; } = Path.Combine(Path.GetTempPath(), "intake-export-spool");

    /// <summary>How much of an encoded file is gathered in memory before it is written to its spool.</summary>
    [Range(1024, 64 * 1024 * 1024, ErrorMessage = "{0} must be a whole number of bytes from 1024 to 67108864 (64 MiB).")]
    public int SpoolChunkBytes { get; set; } = 256 * 1024;
}
