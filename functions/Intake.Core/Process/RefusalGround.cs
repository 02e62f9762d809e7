namespace Intake.Core.Process;

/// <summary>The template reasons staff pick from when refusing; letters cite the rule.</summary>
public enum RefusalGround
{
    /// <summary>Art 12(5): manifestly unfounded.</summary>
    ManifestlyUnfounded,

    /// <summary>Art 12(5): manifestly excessive, in particular repetitive.</summary>
    ManifestlyExcessive,

    /// <summary>Art 11(2) and 12(6): the controller cannot identify the person.</summary>
    IdentityNotEstablished,

    /// <summary>Art 17(3): an exception to erasure applies (legal obligation, legal claims…).</summary>
    ErasureException,

    /// <summary>Art 21(1): compelling legitimate grounds override the objection.</summary>
    CompellingLegitimateGrounds,

    /// <summary>Art 15(4): disclosure would adversely affect the rights and freedoms of others.</summary>
    RightsOfOthers,

    /// <summary>The agent's mandate could not be established.</summary>
    MandateNotShown,
}
