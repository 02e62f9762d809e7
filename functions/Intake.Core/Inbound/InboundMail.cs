using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// A mail that passed every check and may open a request. Every text field is normalised: single-line
/// fields contain no CR, LF or other control characters, the body is plain text (never markup) with
/// the quoted history of earlier messages removed.
/// </summary>
/// <param name="From">The author from the <c>From</c> header. Verification goes here, never to <c>Reply-To</c>.</param>
/// <param name="To">The recipients named in <c>To</c> and <c>Cc</c>.</param>
/// <param name="Subject">The subject, one line, possibly empty.</param>
/// <param name="Body">What the person wrote, as plain text with <c>\n</c> line breaks.</param>
/// <param name="MessageId">The <c>Message-ID</c> without angle brackets, if any.</param>
/// <param name="InReplyTo">The <c>In-Reply-To</c> id without angle brackets, if any: links an answer to our question.</param>
/// <param name="Headers">The headers that matter for intake and audit (see <see cref="InboundHeaderNames.Kept"/>), one line each.</param>
/// <param name="Attachments">Files that came with the mail.</param>
/// <param name="Received">When our system received the mail. The statutory month counts from here, never from the sender's <c>Date</c>.</param>
public sealed record InboundMail(
    InboundAddress From,
    IReadOnlyList<InboundAddress> To,
    string Subject,
    string Body,
    string? MessageId,
    string? InReplyTo,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<InboundAttachment> Attachments,
    DateTimeOffset Received)
{
    /// <summary>The SMTP envelope recipients when the transport told us (SendGrid does): the address the mail was really delivered to.</summary>
    public IReadOnlyList<string> EnvelopeTo { get; init; } = [];

    /// <summary>The ids in <c>References</c>, oldest first, without angle brackets.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>True when quoted history was cut from <see cref="Body"/>.</summary>
    public bool QuotedHistoryRemoved { get; init; }

    /// <summary>True when the mail had no plain-text part and <see cref="Body"/> was converted from HTML.</summary>
    public bool BodyFromHtml { get; init; }

    /// <summary>True when the body was longer than the reader keeps and was cut.</summary>
    public bool BodyTruncated { get; init; }

    /// <summary>What the receiving server reported about the sender (SPF, DKIM of the From domain); unknown when it said nothing.</summary>
    public SenderAuthentication Authentication { get; init; } = SenderAuthentication.Unknown;
}
