namespace Intake.Web.Inbound;

/// <summary>
/// The main fields of a SendGrid Inbound Parse post, for the OpenAPI document only (the reader
/// parses the multipart body itself). In raw mode SendGrid sends <c>email</c> instead of the
/// parsed fields.
/// </summary>
public sealed record SendGridFormDoc(string? Headers, string? From, string? To, string? Subject, string? Text, string? Html, string? Envelope, string? Charsets, string? Email);
