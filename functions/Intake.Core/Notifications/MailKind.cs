namespace Intake.Core.Notifications;

/// <summary>Every mail the process sends. The audience is fixed by the kind.</summary>
public enum MailKind
{
    // To the person.

    /// <summary>Receipt of the request with the verification link and the status link.</summary>
    VerificationRequested,

    /// <summary>A fresh verification link after the person asked for one or the first expired.</summary>
    VerificationResent,

    /// <summary>Identity verified: the due date and what happens next.</summary>
    RequestAcknowledged,

    /// <summary>Staff need more information; the status link lets the person answer.</summary>
    InformationRequested,

    /// <summary>Art 12(3): the deadline is extended by two months, with reasons, within the first month.</summary>
    ExtensionNotice,

    /// <summary>Art 12(4): refusal with reasons, the right to complain and to a judicial remedy.</summary>
    Refusal,

    /// <summary>The export is ready: a download link valid for a limited time.</summary>
    ResponseReady,

    /// <summary>Erasure, rectification, restriction, objection or withdrawal done: receipts, kept data and grounds, recipients told.</summary>
    ActionCompleted,

    /// <summary>The person withdrew the request.</summary>
    WithdrawalConfirmed,

    /// <summary>The verification link was never followed; the request is closed and may be made again.</summary>
    ClosedUnverified,

    /// <summary>A contact-form message was received.</summary>
    ContactReceived,

    // To the data subject when an agent made the request.

    /// <summary>An agent asked on the person's behalf: what, by whom, and until when they can stop it.</summary>
    AgentRequestNotice,

    // To staff.

    /// <summary>A step needs a person: approve, reject, extend or ask for information.</summary>
    StaffReviewRequested,

    /// <summary>The export is assembled and policy wants a person to release it.</summary>
    ExportReleaseRequested,

    /// <summary>A manual data source: staff confirm what they found or did.</summary>
    ManualTaskRequested,

    /// <summary>A source kept failing after retries: staff may retry.</summary>
    SourceFailed,

    /// <summary>The due date is near.</summary>
    DueReminder,

    /// <summary>The due date has passed without an answer.</summary>
    OverdueEscalation,

    /// <summary>An effect failed repeatedly; the request is parked in the error step.</summary>
    ProcessError,

    /// <summary>A contact-form message for staff to answer.</summary>
    ContactForStaff,

    /// <summary>Art 19: a recipient of the data is told of a rectification, erasure or restriction.</summary>
    RecipientNotice,
}
