namespace Intake.Adapters.Evidence;

/// <summary>Where evidence is kept (configuration section <c>Intake:Evidence</c>).</summary>
public sealed class EvidenceOptions
{
    public string ContainerName { get; set; } = "evidence";

    /// <summary>Block size when streaming rows; memory per open rows blob is about this much.</summary>
    public int BufferBytes { get; set; } = 1024 * 1024;
}
