using System.ComponentModel.DataAnnotations;
using Intake.Adapters.Storage;

namespace Intake.Adapters.Evidence;

/// <summary>Where evidence is kept (configuration section <c>Intake:Evidence</c>, checked when the host starts).</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Intake:Evidence";

    /// <summary>The container; by default <c>evidence</c> after the storage prefix.</summary>
    [RegularExpression(ContainerNames.Pattern, ErrorMessage = ContainerNames.Message)]
    public string ContainerName { get; set; } = "evidence";

    /// <summary>Block size when streaming rows; memory per open rows blob is about this much.</summary>
    [Range(1024, 100 * 1024 * 1024, ErrorMessage = "{0} must be a whole number of bytes from 1024 to 104857600 (100 MiB).")]
    public int BufferBytes { get; set; } = 1024 * 1024;
}
