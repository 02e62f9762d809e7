namespace Intake.Web.Api;

/// <summary>
/// Someone acting for the person. Mail about the request goes to the agent; the mandate is
/// required, and staff check it before anything is disclosed or changed.
/// </summary>
public sealed record ApiAgent(string? Name, string? Email, ApiMandate? Mandate = null);
