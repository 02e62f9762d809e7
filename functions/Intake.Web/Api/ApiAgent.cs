namespace Intake.Web.Api;

/// <summary>Someone acting for the person. Mail about the request goes to the agent; staff ask for the mandate.</summary>
public sealed record ApiAgent(string? Name, string? Email);
