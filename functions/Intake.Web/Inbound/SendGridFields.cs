namespace Intake.Web.Inbound;

/// <summary>
/// The form fields SendGrid's Inbound Parse webhook posts (multipart/form-data). In the default
/// (parsed) mode it posts the message broken apart: <see cref="Headers"/>, <see cref="Text"/>,
/// <see cref="Html"/>, addresses, <see cref="Charsets"/> and one file field per attachment. With
/// "POST the raw, full MIME message" checked it posts <see cref="Email"/> instead of text, html and
/// attachments. Names compare case-insensitively (SendGrid spells <c>SPF</c> in capitals).
/// </summary>
internal static class SendGridFields
{
    /// <summary>The raw header block of the message.</summary>
    public const string Headers = "headers";

    public const string Text = "text";

    public const string Html = "html";

    public const string From = "from";

    public const string To = "to";

    public const string Cc = "cc";

    public const string Subject = "subject";

    /// <summary>JSON: <c>{"to":["…"],"from":"…"}</c>, the SMTP envelope.</summary>
    public const string Envelope = "envelope";

    /// <summary>JSON mapping each field name to the charset its bytes are in, e.g. <c>{"text":"iso-8859-1"}</c>.</summary>
    public const string Charsets = "charsets";

    /// <summary>JSON mapping <c>attachment1</c>… to <c>{"filename":…,"type":…}</c>.</summary>
    public const string AttachmentInfo = "attachment-info";

    /// <summary>The full MIME message, raw mode only.</summary>
    public const string Email = "email";

    /// <summary>SendGrid's SPF verdict for the sending server, one word (<c>pass</c>, <c>softfail</c>, <c>fail</c>…); both modes.</summary>
    public const string Spf = "SPF";

    /// <summary>SendGrid's DKIM verdicts per signing domain, like <c>{@example.com : pass}</c>; both modes.</summary>
    public const string Dkim = "dkim";
}
