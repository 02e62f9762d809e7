namespace Intake.Core.Requests;

/// <summary>
/// What the person asks for. Each type maps to one GDPR right; <see cref="Contact"/> is the
/// seed notices' contact form and carries no statutory clock.
/// </summary>
public enum RequestType
{
    /// <summary>Right of access, Art 15.</summary>
    Access,

    /// <summary>Right to data portability, Art 20.</summary>
    Portability,

    /// <summary>Right to rectification, Art 16.</summary>
    Rectification,

    /// <summary>Right to erasure, Art 17.</summary>
    Erasure,

    /// <summary>Right to restriction of processing, Art 18.</summary>
    Restriction,

    /// <summary>Objection to direct marketing, including profiling for it, Art 21(2)–(3): absolute.</summary>
    ObjectionToDirectMarketing,

    /// <summary>Objection on grounds relating to a particular situation, Art 21(1): staff weigh it.</summary>
    ObjectionOnParticularGrounds,

    /// <summary>Withdrawal of consent, Art 7(3): as easy as giving it.</summary>
    ConsentWithdrawal,

    /// <summary>A question or contact through the controller's contact form; routed to staff.</summary>
    Contact,
}
