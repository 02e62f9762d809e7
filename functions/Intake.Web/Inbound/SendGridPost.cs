using Intake.Core.Inbound;

namespace Intake.Web.Inbound;

/// <summary>The fields and files of one Inbound Parse post, as raw bytes.</summary>
/// <param name="Fields">Each field's bytes; when a limit stopped the read, the field being read holds what was read of it.</param>
/// <param name="Files">The attachments read.</param>
/// <param name="Limit">The limit that stopped the read, or null when the whole post was read.</param>
internal sealed record SendGridPost(
    IReadOnlyDictionary<string, byte[]> Fields,
    IReadOnlyList<SendGridFile> Files,
    RejectionReason? Limit)
{
    public byte[]? Field(string name) => Fields.GetValueOrDefault(name);
}
