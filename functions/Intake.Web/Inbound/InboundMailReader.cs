using System.Text;
using Intake.Core.Inbound;
using Microsoft.AspNetCore.Http;
using MimeKit;
using MimeKit.IO;

namespace Intake.Web.Inbound;

/// <summary>
/// Reads one incoming mail — raw MIME, or a SendGrid Inbound Parse post in either mode — within
/// the limits of <see cref="InboundMailOptions"/>, and says what became of it: accepted, ignored
/// (automated mail, never answered) or rejected (with a reason the person can read). Hostile input
/// ends in a result, never in an exception: only cancellation, and I/O failures of a raw MIME
/// source stream, propagate.
/// </summary>
/// <remarks>
/// The time of receipt is taken from the clock when reading starts: the statutory month counts
/// from our receipt, never from the sender's <c>Date</c> header. Nothing here logs: a result's
/// reason and evidence hold no addresses or names, so callers may log those.
/// </remarks>
public sealed class InboundMailReader
{
    private readonly InboundMailOptions options;
    private readonly TimeProvider clock;
    private readonly LoopGuard guard;
    private readonly ParserOptions parserOptions;

    public InboundMailReader(InboundMailOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        options.Validate();

        this.options = options;
        this.clock = clock;
        guard = new LoopGuard(options.OwnAddresses);

        // The structure scan stops deep nesting first; this keeps the full parser's recursion bounded too.
        parserOptions = ParserOptions.Default.Clone();
        parserOptions.MaxMimeDepth = options.MaxNestingDepth + 1;
    }

    /// <summary>
    /// Reads a raw RFC 822 / MIME message from <paramref name="rfc822"/>. At most
    /// <see cref="InboundMailOptions.MaxMessageBytes"/> are read; a larger message is refused after
    /// that many bytes without the rest being read.
    /// </summary>
    public async Task<InboundReadResult> ReadMimeAsync(Stream rfc822, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rfc822);
        var received = clock.GetUtcNow();

        using var buffer = new MemoryBlockStream();
        RejectionReason? limit = null;
        try
        {
            await new SizeLimitedStream(rfc822, options.MaxMessageBytes).CopyToAsync(buffer, cancellationToken);
        }
        catch (InboundLimitExceededException exceeded)
        {
            limit = exceeded.Reason;
        }

        buffer.Position = 0;
        return ReadBuffered(buffer, limit, SendGridEnvelope.None, received, cancellationToken);
    }

    /// <summary>
    /// Reads a SendGrid Inbound Parse post from the request body. The caller must not have read the
    /// form (<c>Request.Form</c>, <c>IFormCollection</c> binding): ASP.NET decodes form fields as
    /// UTF-8 and would destroy fields SendGrid sends in another charset.
    /// </summary>
    public Task<InboundReadResult> ReadSendGridAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReadSendGridAsync(request.Body, request.ContentType, cancellationToken);
    }

    /// <summary>
    /// Reads a SendGrid Inbound Parse post: <paramref name="body"/> is the multipart/form-data body,
    /// <paramref name="contentType"/> its Content-Type with the boundary. Parsed mode (fields
    /// <c>headers</c>, <c>text</c>, <c>html</c>, <c>from</c>, <c>charsets</c>, files) and raw mode
    /// (field <c>email</c> holding the full MIME) are both accepted.
    /// </summary>
    public async Task<InboundReadResult> ReadSendGridAsync(Stream body, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var received = clock.GetUtcNow();

        var boundary = SendGridFormReader.Boundary(contentType);
        if (boundary is null)
        {
            return Unsupported();
        }

        SendGridPost post;
        try
        {
            post = await SendGridFormReader.ReadAsync(body, boundary, options, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Unsupported();
        }
        catch (IOException)
        {
            // The multipart body ended before its closing boundary. A dropped connection gets no
            // answer anyway; a truncated post is not a mail we can read.
            return Unsupported();
        }

        var envelope = SendGridEnvelope.Parse(post.Field(SendGridFields.Envelope));
        if (post.Field(SendGridFields.Email) is { } raw)
        {
            using var buffer = new MemoryStream(raw, writable: false);
            return WithSendGridAuthentication(ReadBuffered(buffer, post.Limit, envelope, received, cancellationToken), post);
        }

        if (!IsParsedModePost(post))
        {
            return post.Limit is { } limit ? new InboundRejected(limit, null, LanguageGuesser.Fallback, null) : Unsupported();
        }

        var draft = SendGridDraftBuilder.FromParsed(post, envelope);
        return post.Limit is { } reason
            ? InboundScreening.Refuse(draft, reason, guard)
            : WithSendGridAuthentication(InboundScreening.Screen(draft, guard, received, options.MaxBodyCharacters), post);
    }

    /// <summary>
    /// SendGrid checked SPF and DKIM when the mail reached it; that verdict beats any
    /// <c>Authentication-Results</c> inside the message, which the sender may have written.
    /// </summary>
    private static InboundReadResult WithSendGridAuthentication(InboundReadResult result, SendGridPost post)
    {
        var spf = post.Field(SendGridFields.Spf) is { } spfBytes ? Encoding.UTF8.GetString(spfBytes) : null;
        var dkim = post.Field(SendGridFields.Dkim) is { } dkimBytes ? Encoding.UTF8.GetString(dkimBytes) : null;
        if (result is not InboundAccepted accepted || (spf is null && dkim is null))
        {
            return result;
        }

        var mail = accepted.Mail;
        return accepted with { Mail = mail with { Authentication = SenderAuthenticationReader.FromSendGrid(spf, dkim, mail.From.Address) } };
    }

    // The buffer holds the message, or its first part when a limit stopped the read.
    private InboundReadResult ReadBuffered(Stream buffer, RejectionReason? limit, SendGridEnvelope envelope, DateTimeOffset received, CancellationToken cancellationToken)
    {
        if (limit is { } crossed)
        {
            return Refuse(HeadersOnly(buffer, envelope, cancellationToken), crossed);
        }

        try
        {
            new MimeStructureScanner(parserOptions, buffer, options.MaxParts, options.MaxNestingDepth).ReadMessage(cancellationToken);
        }
        catch (InboundLimitExceededException exceeded)
        {
            return Refuse(HeadersOnly(buffer, envelope, cancellationToken), exceeded.Reason);
        }
        catch (FormatException)
        {
            return Refuse(HeadersOnly(buffer, envelope, cancellationToken), RejectionReason.Malformed);
        }

        buffer.Position = 0;
        MimeMessage message;
        try
        {
            message = new MimeParser(parserOptions, buffer, persistent: true).ParseMessage(cancellationToken);
        }
        catch (FormatException)
        {
            return Refuse(HeadersOnly(buffer, envelope, cancellationToken), RejectionReason.Malformed);
        }

        using (message)
        {
            var head = WithEnvelope(MimeDraftBuilder.FromMessageHeaders(message), envelope);
            InboundMailDraft draft;
            try
            {
                draft = MimeDraftBuilder.WithContent(head, message, options);
            }
            catch (InboundLimitExceededException exceeded)
            {
                return Refuse(head, exceeded.Reason);
            }

            return InboundScreening.Screen(draft, guard, received, options.MaxBodyCharacters);
        }
    }

    // What the top header block says, for a message that cannot be read whole.
    private InboundMailDraft HeadersOnly(Stream buffer, SendGridEnvelope envelope, CancellationToken cancellationToken)
    {
        buffer.Position = 0;
        HeaderList headers;
        try
        {
            headers = new MimeParser(parserOptions, buffer, persistent: true).ParseHeaders(cancellationToken);
        }
        catch (FormatException)
        {
            headers = [];
        }

        return WithEnvelope(MimeDraftBuilder.FromHeaders(headers), envelope);
    }

    private InboundReadResult Refuse(InboundMailDraft draft, RejectionReason reason) =>
        InboundScreening.Refuse(draft, reason, guard);

    private static InboundMailDraft WithEnvelope(InboundMailDraft draft, SendGridEnvelope envelope) =>
        draft with { EnvelopeTo = envelope.To, EnvelopeFrom = envelope.From };

    private static bool IsParsedModePost(SendGridPost post) =>
        new[] { SendGridFields.Headers, SendGridFields.From, SendGridFields.Text, SendGridFields.Html, SendGridFields.Subject }
            .Any(field => post.Field(field) is not null);

    private static InboundRejected Unsupported() =>
        new(RejectionReason.UnsupportedPost, null, LanguageGuesser.Fallback, null);
}
