namespace Intake.Core.Inbound;

/// <summary>
/// What a transport parser (raw MIME, SendGrid Inbound Parse) found in a mail, before any check:
/// untrusted, unnormalised, possibly incomplete. <see cref="InboundScreening"/> turns it into a result.
/// </summary>
public sealed record InboundMailDraft
{
    /// <summary>The top-level headers, decoded, in order. Names compare case-insensitively.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The address in <c>From</c>, or null when there was none or it could not be parsed.</summary>
    public string? FromAddress { get; init; }

    /// <summary>The display name in <c>From</c>, if any.</summary>
    public string? FromName { get; init; }

    /// <summary>Recipients from <c>To</c> and <c>Cc</c>.</summary>
    public IReadOnlyList<InboundAddress> To { get; init; } = [];

    public string? Subject { get; init; }

    /// <summary>The body as text: the plain-text parts, or the HTML converted to text.</summary>
    public string? Text { get; init; }

    /// <summary>True when <see cref="Text"/> was converted from HTML.</summary>
    public bool TextIsFromHtml { get; init; }

    public string? MessageId { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The SMTP envelope recipients, when the transport reports them.</summary>
    public IReadOnlyList<string> EnvelopeTo { get; init; } = [];

    /// <summary>
    /// The SMTP envelope sender: null when the transport does not report it, empty for the null
    /// reverse-path <c>&lt;&gt;</c> that RFC 5321 reserves for bounces.
    /// </summary>
    public string? EnvelopeFrom { get; init; }

    /// <summary>The first value of a header, or null.</summary>
    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
