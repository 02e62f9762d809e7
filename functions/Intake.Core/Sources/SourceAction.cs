namespace Intake.Core.Sources;

/// <summary>What a data source is asked to do for one request.</summary>
public enum SourceAction
{
    /// <summary>Find and hand over the person's rows (Art 15, Art 20).</summary>
    Export,

    /// <summary>Erase, unless a retention rule or legal hold keeps the data (Art 17).</summary>
    Erase,

    /// <summary>Replace a wrong value with the correct one (Art 16).</summary>
    Rectify,

    /// <summary>Mark the rows restricted: storage only (Art 18).</summary>
    Restrict,

    /// <summary>Stop direct marketing and add the person to the suppression list (Art 21(3)).</summary>
    SuppressMarketing,

    /// <summary>Stop processing that rests on consent (Art 7(3)).</summary>
    WithdrawConsent,
}
