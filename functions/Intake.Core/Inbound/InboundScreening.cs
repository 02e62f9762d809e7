using Intake.Core.Requests;

namespace Intake.Core.Inbound;

/// <summary>
/// Decides what becomes of a parsed mail, in an order that keeps robots unanswered: automated mail
/// is ignored first (even when it is also too large or has no sender); then a mail without a usable
/// <c>From</c> is rejected; then every field is normalised, quoted history removed, and an empty
/// mail rejected. What remains is accepted.
/// </summary>
public static class InboundScreening
{
    /// <summary>The body length kept by default; longer text is cut and <see cref="InboundMail.BodyTruncated"/> set.</summary>
    public const int DefaultMaxBodyCharacters = 100_000;

    private const int MaxAddressLength = 254;

    /// <summary>Screens a fully parsed mail.</summary>
    /// <param name="draft">What the parser found.</param>
    /// <param name="guard">Our own sender addresses, for loop detection.</param>
    /// <param name="received">When our system received it, from our clock: the statutory month counts from here.</param>
    /// <param name="maxBodyCharacters">How much body text is kept.</param>
    public static InboundReadResult Screen(InboundMailDraft draft, LoopGuard guard, DateTimeOffset received, int maxBodyCharacters = DefaultMaxBodyCharacters)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBodyCharacters);

        if (AutomatedMailRules.Recognise(draft, guard) is { } ignored)
        {
            return ignored;
        }

        var sender = Sender(draft);
        var subject = MailText.SingleLine(draft.Subject);
        var fullText = MailText.Body(draft.Text);
        var messageId = MailText.MessageId(draft.MessageId);
        if (sender is null)
        {
            return new InboundRejected(RejectionReason.MissingSender, null, LanguageOf(subject, fullText), messageId);
        }

        var unquoted = QuotedHistory.Remove(fullText, subject);
        var body = MailText.Body(unquoted);
        var truncated = body.Length > maxBodyCharacters;
        if (truncated)
        {
            body = body[..maxBodyCharacters];
        }

        var attachments = draft.Attachments.Select(Normalise).ToArray();
        if (subject.Length == 0 && body.Length == 0 && attachments.Length == 0)
        {
            return new InboundRejected(RejectionReason.Empty, sender, LanguageOf(subject, fullText), messageId);
        }

        return new InboundAccepted(new InboundMail(
            sender,
            draft.To.Select(Normalise).OfType<InboundAddress>().ToArray(),
            subject,
            body,
            messageId,
            MailText.MessageId(draft.InReplyTo),
            KeptHeaders(draft),
            attachments,
            received)
        {
            EnvelopeTo = draft.EnvelopeTo.Select(MailText.SingleLine).Where(address => address.Length > 0).ToArray(),
            References = draft.References.Select(MailText.MessageId).OfType<string>().ToArray(),
            QuotedHistoryRemoved = !string.Equals(unquoted, fullText, StringComparison.Ordinal),
            BodyFromHtml = draft.TextIsFromHtml,
            BodyTruncated = truncated,
            Authentication = SenderAuthenticationReader.FromHeaders(draft.Headers, sender.Address),
        });
    }

    /// <summary>
    /// The result for a mail that broke a limit before it could be parsed whole: ignored if its
    /// headers show it automated (a huge bounce is still a bounce), else rejected for
    /// <paramref name="reason"/> with whatever sender the headers gave.
    /// </summary>
    public static InboundReadResult Refuse(InboundMailDraft draft, RejectionReason reason, LoopGuard guard)
    {
        ArgumentNullException.ThrowIfNull(draft);

        if (AutomatedMailRules.Recognise(draft, guard) is { } ignored)
        {
            return ignored;
        }

        var subject = MailText.SingleLine(draft.Subject);
        return new InboundRejected(reason, Sender(draft), LanguageOf(subject, draft.Text), MailText.MessageId(draft.MessageId));
    }

    private static InboundAddress? Sender(InboundMailDraft draft) =>
        Normalise(new InboundAddress(draft.FromAddress ?? string.Empty, draft.FromName));

    // A usable address is one token with a local part and a domain; anything else cannot be verified.
    private static InboundAddress? Normalise(InboundAddress address)
    {
        var text = address.Address.Trim();
        var at = text.LastIndexOf('@');
        var usable = text.Length is > 0 and <= MaxAddressLength
            && at > 0 && at < text.Length - 1
            && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';');
        if (!usable)
        {
            return null;
        }

        var name = MailText.SingleLine(address.DisplayName);
        return new InboundAddress(text, name.Length == 0 ? null : name);
    }

    private static InboundAttachment Normalise(InboundAttachment attachment, int index)
    {
        var name = MailText.SingleLine(attachment.FileName).Replace('/', '_').Replace('\\', '_');
        var type = MailText.SingleLine(attachment.ContentType).ToLowerInvariant();
        return attachment with
        {
            FileName = name.Length == 0 ? $"attachment-{index + 1}" : name,
            ContentType = type.Length == 0 ? "application/octet-stream" : type,
        };
    }

    private static Dictionary<string, string> KeptHeaders(InboundMailDraft draft)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in draft.Headers)
        {
            if (!InboundHeaderNames.Kept.Contains(name))
            {
                continue;
            }

            var single = MailText.SingleLine(value);
            kept[name] = kept.TryGetValue(name, out var earlier) ? $"{earlier}, {single}" : single;
        }

        return kept;
    }

    private static Language LanguageOf(string subject, string? text) =>
        LanguageGuesser.Guess($"{subject}\n{text}").Language;
}
