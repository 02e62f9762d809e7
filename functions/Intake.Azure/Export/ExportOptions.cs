namespace Intake.Azure.Export;

/// <summary>Where exports go (configuration section <c>Intake:Exports</c>).</summary>
public sealed class ExportOptions
{
    public string ContainerName { get; set; } = "exports";

    /// <summary>Block size when streaming the ZIP to storage; memory for the upload is about this much.</summary>
    public int BufferBytes { get; set; } = 1024 * 1024;
}
