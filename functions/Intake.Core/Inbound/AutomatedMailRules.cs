namespace Intake.Core.Inbound;

/// <summary>
/// Recognises mail written by a machine, which is recorded and never answered: answering an
/// auto-reply or a bounce invites another one, and two robots answering each other never stop.
/// The rules follow RFC 3834 (<c>Auto-Submitted</c>), RFC 3462/6522 (<c>multipart/report</c>),
/// RFC 5321 (the null reverse-path of bounces), RFC 2369/2919 (list headers) and the headers
/// common mail servers add (<c>Precedence</c>, <c>X-Auto-Response-Suppress</c>, <c>X-Autoreply</c>).
/// Evidence strings name the header and a short token only — never an address or a name — so
/// they may be logged.
/// </summary>
public static class AutomatedMailRules
{
    private static readonly string[] NoReplyMarkers = ["noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply"];

    private static readonly string[] MachineMailboxes = ["mailer-daemon", "postmaster"];

    /// <summary>The reason to leave this mail unanswered, or null when it looks written by a person.</summary>
    public static InboundIgnored? Recognise(InboundMailDraft draft, LoopGuard guard)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(guard);

        var finding = Loop(draft, guard) ?? Bounce(draft) ?? AutoReply(draft) ?? Bulk(draft) ?? Sender(draft);
        return finding is { } found
            ? new InboundIgnored(found.Reason, found.Evidence, MailText.MessageId(draft.MessageId))
            : null;
    }

    private static (IgnoreReason Reason, string Evidence)? Loop(InboundMailDraft draft, LoopGuard guard)
    {
        if (draft.Header(InboundHeaderNames.IntakeReference) is not null)
        {
            return (IgnoreReason.Loop, $"{InboundHeaderNames.IntakeReference} header present: our own mail came back");
        }

        return guard.IsOwnAddress(draft.FromAddress)
            ? (IgnoreReason.Loop, "From is our own sender address")
            : null;
    }

    private static (IgnoreReason Reason, string Evidence)? Bounce(InboundMailDraft draft)
    {
        var contentType = draft.Header(InboundHeaderNames.ContentType);
        if (contentType is not null && MediaType(contentType).Equals("multipart/report", StringComparison.OrdinalIgnoreCase))
        {
            var reportType = Parameter(contentType, "report-type");
            return (IgnoreReason.Bounce, reportType is null
                ? "Content-Type: multipart/report"
                : $"Content-Type: multipart/report; report-type={Token(reportType)}");
        }

        if (draft.EnvelopeFrom is { } envelopeFrom && IsNullPath(envelopeFrom))
        {
            return (IgnoreReason.Bounce, "null envelope sender <>");
        }

        if (draft.Header(InboundHeaderNames.ReturnPath) is { } returnPath && IsNullPath(returnPath))
        {
            return (IgnoreReason.Bounce, "Return-Path: <>");
        }

        return draft.Header(InboundHeaderNames.FailedRecipients) is not null
            ? (IgnoreReason.Bounce, $"{InboundHeaderNames.FailedRecipients} header present")
            : null;
    }

    private static (IgnoreReason Reason, string Evidence)? AutoReply(InboundMailDraft draft)
    {
        // RFC 3834: any value but "no" means a machine sent it.
        if (draft.Header(InboundHeaderNames.AutoSubmitted) is { } autoSubmitted
            && !FirstToken(autoSubmitted).Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return (IgnoreReason.AutoReply, $"{InboundHeaderNames.AutoSubmitted}: {Token(FirstToken(autoSubmitted))}");
        }

        if (draft.Header(InboundHeaderNames.Precedence) is { } precedence
            && FirstToken(precedence).Equals("auto_reply", StringComparison.OrdinalIgnoreCase))
        {
            return (IgnoreReason.AutoReply, "Precedence: auto_reply");
        }

        foreach (var name in new[] { InboundHeaderNames.AutoReply, InboundHeaderNames.AutoRespond })
        {
            if (draft.Header(name) is { } value && !IsNegative(value))
            {
                return (IgnoreReason.AutoReply, $"{name} header present");
            }
        }

        // Exchange puts this on out-of-office and other generated mail, asking that it not be answered.
        return draft.Header(InboundHeaderNames.AutoResponseSuppress) is { } suppress && MailText.SingleLine(suppress).Length > 0
            ? (IgnoreReason.AutoReply, $"{InboundHeaderNames.AutoResponseSuppress}: {Token(suppress)}")
            : null;
    }

    private static (IgnoreReason Reason, string Evidence)? Bulk(InboundMailDraft draft)
    {
        if (draft.Header(InboundHeaderNames.Precedence) is { } precedence)
        {
            var token = FirstToken(precedence).ToLowerInvariant();
            if (token is "bulk" or "junk" or "list")
            {
                return (IgnoreReason.BulkMail, $"Precedence: {token}");
            }
        }

        foreach (var name in new[] { InboundHeaderNames.ListId, InboundHeaderNames.ListUnsubscribe })
        {
            if (draft.Header(name) is not null)
            {
                return (IgnoreReason.BulkMail, $"{name} header present");
            }
        }

        return null;
    }

    private static (IgnoreReason Reason, string Evidence)? Sender(InboundMailDraft draft)
    {
        var local = LocalPart(draft.FromAddress);
        if (local is null)
        {
            return null;
        }

        if (MachineMailboxes.Any(mailbox => local.Equals(mailbox, StringComparison.OrdinalIgnoreCase)))
        {
            return (IgnoreReason.AutomatedSender, $"sender is a {local.ToLowerInvariant()} address");
        }

        return NoReplyMarkers.Any(marker => local.Contains(marker, StringComparison.OrdinalIgnoreCase))
            ? (IgnoreReason.AutomatedSender, "sender is a no-reply address")
            : null;
    }

    private static string? LocalPart(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var at = address.LastIndexOf('@');
        return (at < 0 ? address : address[..at]).Trim();
    }

    private static bool IsNullPath(string path) => MailText.SingleLine(path).Trim('<', '>', ' ').Length == 0;

    private static bool IsNegative(string value) =>
        FirstToken(value).ToLowerInvariant() is "no" or "false" or "0";

    private static string MediaType(string contentType) => FirstToken(contentType);

    private static string FirstToken(string value)
    {
        var single = MailText.SingleLine(value);
        var end = single.IndexOf(';', StringComparison.Ordinal);
        return (end < 0 ? single : single[..end]).Trim();
    }

    private static string? Parameter(string value, string name)
    {
        foreach (var part in MailText.SingleLine(value).Split(';').Skip(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim().Trim('"');
            }
        }

        return null;
    }

    // Header values are chosen by the sender: keep evidence short and free of anything address-like.
    private static string Token(string value)
    {
        var single = MailText.SingleLine(value);
        var kept = new string(single.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ',' or ' ' or '.').ToArray());
        return kept.Length <= 40 ? kept : kept[..40];
    }
}
