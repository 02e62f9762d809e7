namespace Intake.Core.Process;

/// <summary>Where a request is in its life. The names are what the status page and staff see.</summary>
public enum Stage
{
    /// <summary>Waiting for the person to follow the verification link.</summary>
    AwaitingVerification,

    /// <summary>A step needs a staff decision (approve, reject, extend, ask).</summary>
    AwaitingStaffReview,

    /// <summary>Staff asked the person for more information.</summary>
    AwaitingInformation,

    /// <summary>
    /// An agent's request was approved and the data subject told; the sources wait a few days so
    /// the person can stop a request made in their name without their mandate.
    /// </summary>
    SubjectNoticePeriod,

    /// <summary>Data sources are being searched or acted on.</summary>
    InProgress,

    /// <summary>The export is being assembled.</summary>
    Assembling,

    /// <summary>The export is ready and policy wants staff to release it.</summary>
    AwaitingRelease,

    /// <summary>The answer was sent; the export can be downloaded until its link expires.</summary>
    Delivered,

    /// <summary>Done. The record is kept for the retention period, then purged.</summary>
    Completed,

    /// <summary>Refused with reasons (Art 12(4)).</summary>
    Refused,

    /// <summary>Withdrawn by the person.</summary>
    Withdrawn,

    /// <summary>The verification link was never followed.</summary>
    ClosedUnverified,

    /// <summary>An effect kept failing; staff must look.</summary>
    Error,

    /// <summary>The record is gone; only the fact remains.</summary>
    Purged,
}
