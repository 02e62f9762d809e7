using System.Text.Json;
using Intake.Core.Inbound;
using MimeKit;

namespace Intake.Web.Inbound;

/// <summary>
/// Builds a draft from a parsed-mode Inbound Parse post. The sender is the <c>from</c> field (the
/// message's From header), never the envelope's return path — that is a bounce address, often
/// rewritten by forwarders — and never <c>Reply-To</c>: the verification mail must reach the
/// address the person's data is keyed on, and a forged Reply-To could redirect it.
/// </summary>
internal static class SendGridDraftBuilder
{
    public static InboundMailDraft FromParsed(SendGridPost post, SendGridEnvelope envelope)
    {
        var charsets = FieldCharsets.Parse(post.Field(SendGridFields.Charsets));
        string? Field(string name) => post.Field(name) is { } bytes ? charsets.Decode(name, bytes) : null;

        var headers = LoadHeaders(post.Field(SendGridFields.Headers));
        var fromHeaders = MimeDraftBuilder.FromHeaders(headers);
        var from = Mailboxes(Field(SendGridFields.From)).FirstOrDefault();

        var text = Field(SendGridFields.Text);
        var textIsFromHtml = false;
        if (string.IsNullOrWhiteSpace(text) && Field(SendGridFields.Html) is { } html)
        {
            text = HtmlMailText.ToPlainText(html);
            textIsFromHtml = true;
        }

        return fromHeaders with
        {
            FromAddress = from?.Address ?? fromHeaders.FromAddress,
            FromName = from is null ? fromHeaders.FromName : from.Name,
            To = Mailboxes(Field(SendGridFields.To)).Concat(Mailboxes(Field(SendGridFields.Cc)))
                .Select(mailbox => new InboundAddress(mailbox.Address, mailbox.Name))
                .ToArray(),
            Subject = Field(SendGridFields.Subject) ?? fromHeaders.Subject,
            Text = text,
            TextIsFromHtml = textIsFromHtml,
            Attachments = Attachments(post),
            EnvelopeTo = envelope.To,
            EnvelopeFrom = envelope.From,
        };
    }

    /// <summary>The header block of a post; an unreadable one counts as no headers.</summary>
    public static HeaderList LoadHeaders(byte[]? raw)
    {
        if (raw is not { Length: > 0 })
        {
            return [];
        }

        // A header block ends with an empty line; SendGrid's field may stop before it.
        using var stream = new MemoryStream(raw.Length + 4);
        stream.Write(raw);
        stream.Write("\r\n\r\n"u8);
        stream.Position = 0;
        try
        {
            return HeaderList.Load(ParserOptions.Default, stream);
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private static IEnumerable<MailboxAddress> Mailboxes(string? field) =>
        field is not null && InternetAddressList.TryParse(ParserOptions.Default, field, out var list)
            ? list.Mailboxes
            : [];

    private static InboundAttachment[] Attachments(SendGridPost post)
    {
        var info = AttachmentInfo(post.Field(SendGridFields.AttachmentInfo));
        return post.Files
            .Select(file =>
            {
                var described = info.GetValueOrDefault(file.FieldName);
                return new InboundAttachment(
                    file.FileName ?? described.FileName ?? string.Empty,
                    file.ContentType ?? described.ContentType ?? string.Empty,
                    file.Content.Length,
                    file.Content);
            })
            .ToArray();
    }

    private static Dictionary<string, (string? FileName, string? ContentType)> AttachmentInfo(byte[]? json)
    {
        var map = new Dictionary<string, (string? FileName, string? ContentType)>(StringComparer.OrdinalIgnoreCase);
        if (json is not { Length: > 0 })
        {
            return map;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return map;
            }

            foreach (var attachment in document.RootElement.EnumerateObject().Where(property => property.Value.ValueKind == JsonValueKind.Object))
            {
                map[attachment.Name] = (Text(attachment.Value, "filename"), Text(attachment.Value, "type"));
            }
        }
        catch (JsonException)
        {
            // Descriptions are optional: the file parts carry their own name and type.
        }

        return map;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
