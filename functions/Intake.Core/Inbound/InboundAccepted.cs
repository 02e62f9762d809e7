namespace Intake.Core.Inbound;

/// <summary>The mail is from a person and within every limit: it may open a request.</summary>
public sealed record InboundAccepted(InboundMail Mail) : InboundReadResult;
