namespace Intake.Core.Inbound;

/// <summary>
/// A file that came with the mail, e.g. a scanned letter or a power of attorney. The content is
/// kept because it may be the mandate staff must check; the reader's limits bound its size.
/// </summary>
/// <param name="FileName">The name the sender gave, normalised to one line; a neutral name when none was given.</param>
/// <param name="ContentType">The declared media type, e.g. <c>application/pdf</c>; never trusted for anything but display.</param>
/// <param name="Size">The decoded size in bytes.</param>
/// <param name="Content">The decoded bytes.</param>
public sealed record InboundAttachment(
    string FileName,
    string ContentType,
    long Size,
    ReadOnlyMemory<byte> Content);
