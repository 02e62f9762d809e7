namespace Intake.Core.Inbound;

/// <summary>Why a mail from a person could not be taken in.</summary>
public enum RejectionReason
{
    /// <summary>The whole message is over the size limit.</summary>
    TooLarge,

    /// <summary>The message has more MIME parts than the limit.</summary>
    TooManyParts,

    /// <summary>The MIME parts are nested deeper than the limit.</summary>
    TooDeeplyNested,

    /// <summary>More attachments than the limit.</summary>
    TooManyAttachments,

    /// <summary>One attachment is over the per-attachment limit.</summary>
    AttachmentTooLarge,

    /// <summary>The message could not be parsed as MIME at all.</summary>
    Malformed,

    /// <summary>No usable <c>From</c> address: there is nobody to verify or answer.</summary>
    MissingSender,

    /// <summary>No subject, no text and no attachment: nothing to act on.</summary>
    Empty,

    /// <summary>The HTTP post was not a mail in a form we accept (not multipart/form-data, no fields).</summary>
    UnsupportedPost,
}
