namespace Intake.Core.Process;

/// <summary>
/// Why a command was not accepted. Rejections are ordinary answers, not failures: a second staff
/// click on an already-decided step, or an extension after the first month, gets one of these and
/// the page explains it.
/// </summary>
public sealed record Rejection(RejectionCode Code, string Message);

/// <summary>The kinds of rejection; hosts map them to pages and HTTP status codes.</summary>
public enum RejectionCode
{
    /// <summary>The command makes no sense in the request's current stage.</summary>
    NotInThisStage,

    /// <summary>The request is closed.</summary>
    Closed,

    /// <summary>The step was already decided (e.g. another staff member acted first).</summary>
    AlreadyDecided,

    /// <summary>Art 12(3): an extension must be told within the first month.</summary>
    ExtensionWindowClosed,

    /// <summary>Art 12(3) allows one extension of two further months.</summary>
    AlreadyExtended,

    /// <summary>A contact message has no statutory clock to extend.</summary>
    NoStatutoryClock,

    /// <summary>The source is not part of this request, or not in a state that allows this.</summary>
    UnknownSource,

    /// <summary>The person asked for too many verification links.</summary>
    TooManyLinks,

    /// <summary>The request already exists.</summary>
    AlreadyExists,

    /// <summary>There is no request yet.</summary>
    NotFound,

    /// <summary>A value in the command is missing or unusable.</summary>
    InvalidInput,
}
