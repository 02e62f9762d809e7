using Intake.Core.Inbound;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace Intake.Web.Inbound;

/// <summary>Takes what intake needs out of a parsed MIME message or a bare header block.</summary>
internal static class MimeDraftBuilder
{
    /// <summary>A draft from a message's headers and top-level content type, without reading its parts.</summary>
    public static InboundMailDraft FromMessageHeaders(MimeMessage message)
    {
        var headers = message.Headers.Select(header => KeyValuePair.Create(header.Field, header.Value)).ToList();

        // MimeKit files Content-* headers under the body entity; the rules need the top-level type.
        if (message.Body?.Headers[HeaderId.ContentType] is { } contentType)
        {
            headers.Add(KeyValuePair.Create(InboundHeaderNames.ContentType, contentType));
        }

        var from = message.From.Mailboxes.FirstOrDefault();
        return new InboundMailDraft
        {
            Headers = headers,
            FromAddress = from?.Address,
            FromName = from?.Name,
            To = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(mailbox => new InboundAddress(mailbox.Address, mailbox.Name)).ToArray(),
            Subject = message.Subject,
            MessageId = message.MessageId,
            InReplyTo = message.InReplyTo,
            References = message.References.ToArray(),
        };
    }

    /// <summary>
    /// Adds the body text and attachments; throws <see cref="InboundLimitExceededException"/> when the
    /// attachments break a limit.
    /// </summary>
    public static InboundMailDraft WithContent(InboundMailDraft head, MimeMessage message, InboundMailOptions options)
    {
        var (text, fromHtml, bodyParts) = Body(message);
        return head with
        {
            Text = text,
            TextIsFromHtml = fromHtml,
            Attachments = Attachments(message, bodyParts, options),
        };
    }

    /// <summary>A draft from headers alone, for a message refused before its body could be read.</summary>
    public static InboundMailDraft FromHeaders(HeaderList headers)
    {
        MailboxAddress? from = null;
        var fromHeader = headers.FirstOrDefault(header => header.Id == HeaderId.From);
        if (fromHeader is not null && InternetAddressList.TryParse(ParserOptions.Default, fromHeader.RawValue, out var list))
        {
            from = list.Mailboxes.FirstOrDefault();
        }

        return new InboundMailDraft
        {
            Headers = headers.Select(header => KeyValuePair.Create(header.Field, header.Value)).ToArray(),
            FromAddress = from?.Address,
            FromName = from?.Name,
            Subject = headers[HeaderId.Subject],
            MessageId = headers[HeaderId.MessageId],
            InReplyTo = MimeUtils.EnumerateReferences(headers[HeaderId.InReplyTo] ?? string.Empty).FirstOrDefault(),
            References = MimeUtils.EnumerateReferences(headers[HeaderId.References] ?? string.Empty).ToArray(),
        };
    }

    // The plain-text parts a person wrote, joined; else the HTML parts as text. Parts that carry a
    // file name are attachments even when shown inline.
    private static (string? Text, bool FromHtml, HashSet<MimeEntity> Used) Body(MimeMessage message)
    {
        var plain = new List<TextPart>();
        var html = new List<TextPart>();
        foreach (var part in message.BodyParts.OfType<TextPart>())
        {
            if (part.IsAttachment || part.FileName is not null)
            {
                continue;
            }

            if (part.IsHtml)
            {
                html.Add(part);
            }
            else if (part.IsPlain)
            {
                plain.Add(part);
            }
        }

        var plainText = string.Join("\n\n", plain.Select(PlainText).Where(text => text.Trim().Length > 0));
        if (plainText.Length > 0)
        {
            return (plainText, false, [.. plain, .. html]);
        }

        var htmlText = string.Join("\n\n", html.Select(part => HtmlMailText.ToPlainText(part.Text)).Where(text => text.Length > 0));
        return (htmlText.Length > 0 ? htmlText : null, htmlText.Length > 0, [.. plain, .. html]);
    }

    private static string PlainText(TextPart part)
    {
        var text = part.Text ?? string.Empty;
        if (!part.IsFlowed)
        {
            return text;
        }

        // RFC 3676: soft line breaks of format=flowed text are joined back into paragraphs.
        var converter = new FlowedToText
        {
            DeleteSpace = string.Equals(part.ContentType.Parameters["delsp"], "yes", StringComparison.OrdinalIgnoreCase),
        };
        return converter.Convert(text);
    }

    private static InboundAttachment[] Attachments(MimeMessage message, HashSet<MimeEntity> bodyParts, InboundMailOptions options)
    {
        var attachments = new List<InboundAttachment>();
        foreach (var entity in message.BodyParts)
        {
            if (bodyParts.Contains(entity) || entity is not (MessagePart or MimePart))
            {
                continue;
            }

            if (attachments.Count == options.MaxAttachments)
            {
                throw new InboundLimitExceededException(RejectionReason.TooManyAttachments);
            }

            using var content = new CappedMemoryStream(options.MaxAttachmentBytes, RejectionReason.AttachmentTooLarge);
            string name;
            switch (entity)
            {
                case MessagePart attached:
                    attached.Message?.WriteTo(content);
                    name = MessageFileName(attached);
                    break;
                case MimePart part:
                    part.Content?.DecodeTo(content);
                    name = part.FileName ?? string.Empty;
                    break;
                default:
                    throw new InvalidOperationException("Only leaf parts are read as attachments.");
            }

            var bytes = content.ToArray();
            attachments.Add(new InboundAttachment(name, entity.ContentType.MimeType, bytes.Length, bytes));
        }

        return [.. attachments];
    }

    private static string MessageFileName(MessagePart attached)
    {
        var subject = attached.Message?.Subject;
        var name = attached.ContentDisposition?.FileName ?? (string.IsNullOrWhiteSpace(subject) ? "attached-message" : subject);
        return name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) ? name : $"{name}.eml";
    }
}
