namespace Intake.Core.Requests;

/// <summary>The language the person is answered in.</summary>
public enum Language
{
    /// <summary>Finnish.</summary>
    Fi,

    /// <summary>Swedish, Finland's second official language.</summary>
    Sv,

    /// <summary>English, for everyone else.</summary>
    En,

    /// <summary>Estonian, for the Estonian joint controller.</summary>
    Et,
}
