namespace Intake.Core.DataControllers;

/// <summary>
/// The organisation that answers the request. With joint controllers (Art 26) a request to any
/// of them must be honoured, so the form and letters list all of them.
/// </summary>
/// <param name="Id">The configured key.</param>
/// <param name="Parties">The controller itself first, then any joint controllers.</param>
/// <param name="PrivacyContactEmail">Where staff notifications go.</param>
/// <param name="PrivacyNoticeUrl">Link shown on the form.</param>
/// <param name="TimeZoneId">IANA zone in which receipt is judged (Europe/Helsinki, Europe/Tallinn).</param>
/// <param name="CalendarCode">Non-working-day calendar for deadlines: FI, FI-ACT150 or EE.</param>
/// <param name="Authority">The supervisory authority named in refusal letters.</param>
public sealed record Controller(
    ControllerId Id,
    IReadOnlyList<ControllerParty> Parties,
    string PrivacyContactEmail,
    string? PrivacyNoticeUrl,
    string TimeZoneId,
    string CalendarCode,
    SupervisoryAuthority Authority)
{
    /// <summary>The party that speaks for the register in letters.</summary>
    public ControllerParty Primary => Parties[0];

    public bool HasJointControllers => Parties.Count > 1;
}

/// <summary>One legal person among the controllers.</summary>
public sealed record ControllerParty(
    string Name,
    string? BusinessId,
    string? Address,
    string CountryCode,
    string? Email);

/// <summary>The authority a person may complain to (Art 77), as named in letters.</summary>
public sealed record SupervisoryAuthority(
    string Name,
    string Address,
    string? Phone,
    string Email,
    string? Website);
