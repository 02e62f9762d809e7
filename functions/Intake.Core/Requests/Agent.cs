namespace Intake.Core.Requests;

/// <summary>
/// Someone acting on the person's behalf. A request through an agent needs proof of mandate,
/// which staff check before anything is disclosed.
/// </summary>
/// <param name="MandateDocument">Reference to the uploaded mandate in the evidence store, if any.</param>
public sealed record Agent(
    string Name,
    string Email,
    string? MandateDocument);
