namespace Intake.Web.Inbound;

/// <summary>The body of a 200 from the inbound endpoints: the outcome's name, the reference when a request was opened, the reason code otherwise.</summary>
public sealed record InboundAnswer(string Outcome, string? Reference, string? Reason);
