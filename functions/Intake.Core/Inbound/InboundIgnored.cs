namespace Intake.Core.Inbound;

/// <summary>
/// A mail that must not be answered: answering an auto-reply, a bounce or our own returning mail
/// starts a mail loop, and bulk mail is not a request. The caller records it and sends nothing.
/// </summary>
/// <param name="Reason">Which kind of automated mail it was.</param>
/// <param name="Evidence">The header or rule that showed it, e.g. <c>Auto-Submitted: auto-replied</c>. Never an address or a name, so it may be logged.</param>
/// <param name="MessageId">The mail's <c>Message-ID</c>, if any, to find it again.</param>
public sealed record InboundIgnored(IgnoreReason Reason, string Evidence, string? MessageId) : InboundReadResult;
