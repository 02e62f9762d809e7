namespace Intake.Adapters.Export;

/// <summary>Where exports go and how they are built (configuration section <c>Intake:Exports</c>).</summary>
public sealed class ExportOptions
{
    public string ContainerName { get; set; } = "exports";

    /// <summary>Block size when streaming the ZIP to storage; memory for the upload is about twice this much.</summary>
    public int BufferBytes { get; set; } = 1024 * 1024;

    /// <summary>How many sources are read and encoded at the same time while the ZIP is written in order.</summary>
    public int ParallelSources { get; set; } = 4;

    /// <summary>
    /// Where encoded files wait for their turn in the ZIP (temporary files, deleted when the export
    /// ends). It needs room for about the compressed size of the sources read ahead.
    /// </summary>
    public string SpoolFolder { get; set; } = Path.Combine(Path.GetTempPath(), "intake-export-spool");

    /// <summary>How much of an encoded file is gathered in memory before it is written to its spool.</summary>
    public int SpoolChunkBytes { get; set; } = 256 * 1024;
}
