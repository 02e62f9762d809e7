namespace Intake.Core.Process;

/// <summary>Why a person must look at a request before it proceeds.</summary>
public enum ReviewReason
{
    /// <summary>Policy wants a staff approval before any data is searched or changed.</summary>
    PolicyApproval,

    /// <summary>A source holds sensitive categories (identity codes, salary, enforcement): an email round-trip is not enough (Art 12(6)).</summary>
    SensitiveData,

    /// <summary>Someone acts on the person's behalf: the mandate must be checked.</summary>
    AgentMandate,

    /// <summary>
    /// The person stated a customer number or phone that a source could find them by, but only the
    /// address is proved: staff confirm the identifier or it is not used.
    /// </summary>
    UnverifiedIdentifiers,

    /// <summary>The same person made the same kind of request recently: staff decide whether it is manifestly excessive (Art 12(5)).</summary>
    RepeatRequest,

    /// <summary>An objection on grounds relating to a particular situation must be weighed (Art 21(1)).</summary>
    ParticularGrounds,

    /// <summary>An email's wording did not settle the type: staff choose it.</summary>
    Triage,

    /// <summary>A contact-form message: staff answer it.</summary>
    ContactMessage,

    /// <summary>The person answered a question staff asked.</summary>
    InformationReceived,

    /// <summary>
    /// A mail whose sender's domain failed both SPF and DKIM: nothing shows it came from that
    /// domain, so staff look before it is trusted (the verification link still went to the address).
    /// </summary>
    UnauthenticatedSender,
}
