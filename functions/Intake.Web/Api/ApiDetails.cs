namespace Intake.Web.Api;

/// <summary>
/// What the person wrote: free text; for rectification the wrong and the correct value (both
/// required); for an objection on particular grounds the situation (required); for a contact
/// message the industry and the services of interest.
/// </summary>
public sealed record ApiDetails(
    string? Text = null,
    string? WrongValue = null,
    string? CorrectValue = null,
    string? ParticularSituation = null,
    string? Industry = null,
    string? ServicesOfInterest = null);
