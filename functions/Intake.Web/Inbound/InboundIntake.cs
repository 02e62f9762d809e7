using System.Text;
using Intake.Core.Gateway;
using Intake.Core.Idempotency;
using Intake.Core.Inbound;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Submissions;
using Intake.Web.Hosting;
using Intake.Web.RateLimits;
using Microsoft.Extensions.Logging;

namespace Intake.Web.Inbound;

/// <summary>
/// Takes in one read mail, for the HTTP endpoints and the <c>ingest</c> command alike: an accepted
/// mail is classified, routed to its controller and opened as a request (the sender then gets the
/// process's own verification mail); automated mail is recorded and never answered; a person's
/// unreadable mail gets a reply saying why. A mail seen before (same Message-ID) opens nothing new,
/// so SendGrid posting it twice is harmless. Every mail that would open a request or get a reply
/// counts against its sender's address (<c>Web:RequestsPerAddressPerHour</c>, shared with the
/// forms and the API); over it, nothing is opened or stored and only the first such mail in the
/// window is answered. Storage failures propagate: the caller answers 503 and the poster retries.
/// </summary>
public sealed partial class InboundIntake(
    IntakeService intake,
    IControllerCatalog catalog,
    IRequestGateway gateway,
    IMailSender mail,
    IIdempotencyStore idempotency,
    IEvidenceStore evidence,
    PersonWebOptions options,
    PersonRateLimits limits,
    ILogger<InboundIntake> logger)
{
    /// <summary>The idempotency scope of mail, keyed by Message-ID.</summary>
    public const string Scope = "inbound-mail";

    /// <summary>Where a mail's attachments are kept: <c>{reference}/attachments/mail/{n}-{file}</c>.</summary>
    public const string AttachmentFolder = "mail";

    public async Task<InboundOutcome> HandleAsync(InboundReadResult read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        switch (read)
        {
            case InboundIgnored ignored:
                LogIgnored(logger, ignored.Reason, ignored.Evidence);
                return new InboundOutcome(InboundOutcomeKind.Ignored, Reason: ignored.Reason.ToString());
            case InboundRejected rejected:
                return await RejectAsync(rejected, cancellationToken);
            case InboundAccepted accepted:
                return await OpenAsync(accepted.Mail, cancellationToken);
            default:
                throw new ArgumentException("An unknown read result.", nameof(read));
        }
    }

    private async Task<InboundOutcome> RejectAsync(InboundRejected rejected, CancellationToken cancellationToken)
    {
        if (rejected.Sender is not { } sender || !RecipientAddress.IsPlain(sender.Address))
        {
            LogRejected(logger, rejected.Reason, false);
            return new InboundOutcome(InboundOutcomeKind.Rejected, Reason: rejected.Reason.ToString());
        }

        // A reply is a mail to that address too: forged senders must not turn into a reply storm.
        if (await ThrottledAsync(sender.Address, rejected.Language, rejected.MessageId, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        // One reply per mail: the key derives from the Message-ID, so a re-post is not answered twice.
        var key = "inbound-reply-" + (rejected.MessageId is { } messageId
            ? IIdempotencyStore.HashOf(Encoding.UTF8.GetBytes(messageId))[..32]
            : Guid.NewGuid().ToString("N"));
        await mail.SendAsync(InboundReply.For(rejected, sender.Address), key, cancellationToken);
        LogRejected(logger, rejected.Reason, true);
        return new InboundOutcome(InboundOutcomeKind.Rejected, Reason: rejected.Reason.ToString(), Replied: true);
    }

    private async Task<InboundOutcome> OpenAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        var controller = InboundRouting.ControllerFor(mail, options, catalog);
        if (controller is null)
        {
            LogRefused(logger, "no-controller");
            return new InboundOutcome(InboundOutcomeKind.Refused, Reason: "no-controller");
        }

        if (!RecipientAddress.IsPlain(mail.From.Address))
        {
            LogRefused(logger, "unusable-sender");
            return new InboundOutcome(InboundOutcomeKind.Refused, Reason: "unusable-sender");
        }

        var request = ToRequest(mail, controller.Id);
        var id = IntakeService.NewId();
        string? key = null;
        if (mail.MessageId is { Length: > 0 } messageId)
        {
            var claim = await idempotency.ClaimAsync(Scope, messageId, IIdempotencyStore.HashOf(Encoding.UTF8.GetBytes(mail.From.Address.ToLowerInvariant())), id, cancellationToken);
            switch (claim.Verdict)
            {
                case IdempotencyVerdict.Replay:
                    return Already(claim.Record.Reference);
                case IdempotencyVerdict.Pending when await gateway.FindAsync(claim.Record.Reference, cancellationToken) is not null:
                    await idempotency.CompleteAsync(Scope, messageId, claim.Record.Reference.Value, cancellationToken);
                    return Already(claim.Record.Reference);
                case IdempotencyVerdict.Claimed or IdempotencyVerdict.Pending:
                    key = messageId;
                    id = claim.Record.Reference;
                    break;
                default:
                    // The same Message-ID from another sender: not a re-post. Open it on its own.
                    break;
            }
        }

        // Counted after the Message-ID check, so SendGrid re-posting a mail does not use up the sender's limit.
        if (await ThrottledAsync(mail.From.Address, request.Language, mail.MessageId, cancellationToken) is { } throttled)
        {
            if (key is not null)
            {
                await idempotency.ReleaseAsync(Scope, key, cancellationToken);
            }

            return throttled;
        }

        var stored = await StoreAttachmentsAsync(id, mail, cancellationToken);
        var result = await intake.OpenAsync(request, id, cancellationToken);
        if (!result.IsOpened)
        {
            if (result.Rejection?.Code == RejectionCode.AlreadyExists)
            {
                return Already(id);
            }

            foreach (var blob in stored)
            {
                await evidence.DeleteAsync(blob, cancellationToken);
            }

            if (key is not null)
            {
                await idempotency.ReleaseAsync(Scope, key, cancellationToken);
            }

            var code = result.Rejection?.Code.ToString() ?? "unknown";
            LogRefused(logger, code);
            return new InboundOutcome(InboundOutcomeKind.Refused, Reason: code);
        }

        if (key is not null)
        {
            await idempotency.CompleteAsync(Scope, key, id.Value, cancellationToken);
        }

        LogOpened(logger, id.Value, request.Type, request.TypeIsCertain, stored.Count);
        return new InboundOutcome(InboundOutcomeKind.Opened, id, request.Type, request.TypeIsCertain);
    }

    /// <summary>
    /// Null while <paramref name="address"/> is within its limit. Over it: the outcome, after the
    /// one reply of the window (to the first mail over the limit, whichever host took it).
    /// </summary>
    private async Task<InboundOutcome?> ThrottledAsync(string address, Language language, string? messageId, CancellationToken cancellationToken)
    {
        var verdict = await limits.TakeRequestAsync(address, cancellationToken);
        if (verdict.Allowed)
        {
            return null;
        }

        if (verdict.FirstRefusal)
        {
            var key = "inbound-throttled-" + (messageId is not null
                ? IIdempotencyStore.HashOf(Encoding.UTF8.GetBytes(messageId))[..32]
                : Guid.NewGuid().ToString("N"));
            await mail.SendAsync(InboundReply.TooMany(address, language), key, cancellationToken);
        }

        LogThrottled(logger, verdict.FirstRefusal, (int)Math.Ceiling(verdict.RetryAfter.TotalMinutes));
        return new InboundOutcome(InboundOutcomeKind.Throttled, Reason: "rate-limited", Replied: verdict.FirstRefusal);
    }

    /// <summary>
    /// The request a mail opens. Two gaps of the plain triage are closed here: a sender without a
    /// display name is named by the address (the process needs a name), and a mail that names no
    /// right at all becomes an uncertain access request rather than a contact message, so the
    /// address is still verified and the statutory clock runs from receipt until staff triage it.
    /// </summary>
    public static NewRequest ToRequest(InboundMail mail, Core.DataControllers.ControllerId controller)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var classification = RequestClassifier.Classify(mail);
        var request = InboundTriage.ToNewRequest(mail, classification, controller);
        if (request.Type == RequestType.Contact)
        {
            request = request with { Type = RequestType.Access, TypeIsCertain = false };
        }

        if (string.IsNullOrWhiteSpace(request.Subject.Name))
        {
            request = request with { Subject = request.Subject with { Name = mail.From.Address } };
        }

        return request;
    }

    private async Task<List<string>> StoreAttachmentsAsync(RequestId id, InboundMail mail, CancellationToken cancellationToken)
    {
        var stored = new List<string>();
        for (var i = 0; i < mail.Attachments.Count; i++)
        {
            var attachment = mail.Attachments[i];
            using var content = new MemoryStream(attachment.Content.ToArray(), writable: false);
            stored.Add(await evidence.WriteAttachmentAsync(id, AttachmentFolder, $"{i + 1}-{attachment.FileName}", content, cancellationToken));
        }

        return stored;
    }

    private InboundOutcome Already(RequestId reference)
    {
        LogAlready(logger, reference.Value);
        return new InboundOutcome(InboundOutcomeKind.AlreadyOpened, reference);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound mail ignored: {Reason} ({Evidence})")]
    private static partial void LogIgnored(ILogger logger, IgnoreReason reason, string evidence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound mail rejected: {Reason}; replied: {Replied}")]
    private static partial void LogRejected(ILogger logger, RejectionReason reason, bool replied);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound mail could not open a request: {Code}")]
    private static partial void LogRefused(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound mail opened {Reference} ({Type}, certain: {Certain}, {Attachments} attachments)")]
    private static partial void LogOpened(ILogger logger, string reference, RequestType type, bool certain, int attachments);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound mail held back: its sender is over the per-address limit for another {Minutes} min; nothing opened or stored; replied: {Replied}")]
    private static partial void LogThrottled(ILogger logger, bool replied, int minutes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound mail was seen before: {Reference}")]
    private static partial void LogAlready(ILogger logger, string reference);
}
