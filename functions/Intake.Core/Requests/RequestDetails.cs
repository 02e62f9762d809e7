namespace Intake.Core.Requests;

/// <summary>
/// What the person wrote, in the shape the request type needs: the free text; for rectification
/// the wrong and the correct value (Art 16); for an objection on particular grounds the situation
/// (Art 21(1)); for a contact message the seed form's optional industry and services of interest.
/// </summary>
public sealed record RequestDetails(
    string? Text = null,
    string? WrongValue = null,
    string? CorrectValue = null,
    string? ParticularSituation = null,
    string? Industry = null,
    string? ServicesOfInterest = null)
{
    public static RequestDetails None { get; } = new();
}
