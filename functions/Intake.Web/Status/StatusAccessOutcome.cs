namespace Intake.Web.Status;

/// <summary>Why a status link opens the page or not; each maps to its own status code.</summary>
public enum StatusAccessOutcome
{
    Granted,

    /// <summary>Tampered, malformed, or not a person's status link: 403.</summary>
    Invalid,

    /// <summary>Ours, but its time is over: 410.</summary>
    Expired,

    /// <summary>The request no longer exists (purged): 404.</summary>
    Gone,
}
