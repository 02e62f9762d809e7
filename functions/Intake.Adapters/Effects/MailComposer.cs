using Intake.Core.Notifications;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Texts;
using Intake.Core.Process;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Templates.Mail;

namespace Intake.Adapters.Effects;

/// <summary>
/// Turns a send-mail effect into a mail: who it goes to, in which language, with which facts of
/// the request, and a signed link for every link the decision named. Link nonces derive from the
/// effect id, so each mail's links are its own and a spent one never unlocks another.
/// </summary>
public sealed class MailComposer(IControllerCatalog catalog, LinkIssuer links, LinkOptions options)
{
    public MailMessage Compose(RequestState state, SendMail mail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(mail);
        var request = state.Request ?? throw new InvalidOperationException("A mail for a request that does not exist.");
        var controller = catalog.Find(request.Controller)
            ?? throw new InvalidOperationException($"Controller '{request.Controller}' is not configured.");
        var toStaff = mail.Audience == MailAudience.Staff;
        var language = toStaff ? options.StaffLanguage : request.Language;
        var (to, name) = mail.Audience switch
        {
            MailAudience.Staff => (controller.PrivacyContactEmail, null),
            // Told at their own address even when an agent made the request: the person whose data it is.
            MailAudience.DataSubject => (request.Subject.Email, request.Subject.Name),
            _ => (request.Agent?.Email ?? request.Subject.Email, request.Agent?.Name ?? request.Subject.Name),
        };
        var facts = mail.Facts;

        var context = new MailContext(mail.Kind, language, state.Id, state.Type, controller, to, name, MintLinks(state, mail, now))
        {
            DueDate = state.Deadline?.DueDate,
            ExtendedDueDate = state.Extended ? state.Deadline?.ExtendedDueDate : null,
            Reason = ReasonFor(state, mail, language),
            Question = facts.Question,
            LinksExpireAt = facts.LinksExpireAt,
            DaysLeft = facts.DaysLeft,
            Receipts = state.Tasks.Values.Select(task => task.Receipt).OfType<Intake.Core.Sources.SourceReceipt>().OrderBy(r => r.SourceId, StringComparer.Ordinal).ToList(),
            RecipientsNotified = state.RecipientsNotified,
            ReviewReasons = (facts.ReviewReasons ?? []).Select(reason => ReviewReasonTexts.Describe(reason, language)).ToList(),
            ErrorText = facts.ErrorText,
            SourceName = facts.SourceId is null ? null : state.Sources.FirstOrDefault(s => s.Id == facts.SourceId)?.Name ?? facts.SourceId,
            Details = toStaff ? request.Details : null,
            Person = request.Subject,
            ConfirmedIdentifiers = toStaff ? state.ConfirmedIdentifiers : null,
            Agent = request.Agent,
            ProceedAt = state.SubjectNoticeUntil,
        };
        return MailTemplates.Render(context);
    }

    private static string? ReasonFor(RequestState state, SendMail mail, Intake.Core.Requests.Language language)
    {
        if (mail.Kind == MailKind.Refusal && state.RefusalGround is { } ground)
        {
            var detail = state.RefusalDetail ?? mail.Facts.Reason;
            var text = RefusalGroundTexts.Describe(ground, language);
            return string.IsNullOrWhiteSpace(detail) ? text : $"{text} {detail}";
        }

        return mail.Facts.Reason;
    }

    private Dictionary<string, Uri> MintLinks(RequestState state, SendMail mail, DateTimeOffset now)
    {
        var minted = new Dictionary<string, Uri>(StringComparer.Ordinal);
        // Every staff mail also leads to the request's own page and to the overview of open requests.
        var names = mail.Audience == MailAudience.Staff ? mail.Facts.Links.Append(LinkNames.Detail).Append(LinkNames.Overview).Distinct() : mail.Facts.Links;
        foreach (var name in names)
        {
            // The detail link is the mail's overview grant opened at the request: one grant, one id.
            var nonce = $"{mail.Id}:{(name == LinkNames.Detail ? LinkNames.Overview : name)}";
            minted[name] = name switch
            {
                LinkNames.Verify => links.Issue(state.Id, name, TokenAudience.Person, mail.Facts.LinksExpireAt ?? now + state.Policy.VerificationLinkLifetime, nonce),
                LinkNames.Download => links.Issue(state.Id, name, TokenAudience.Person, mail.Facts.LinksExpireAt ?? now + state.Policy.DownloadLinkLifetime, nonce),
                LinkNames.Status => links.Issue(state.Id, name, TokenAudience.Person, now + options.StatusLinkLifetime, nonce),
                LinkNames.Answer => links.Issue(state.Id, name, TokenAudience.Person, now + options.AnswerLinkLifetime, nonce),
                LinkNames.Overview => links.Issue(state.Controller.Value, name, TokenAudience.Staff, now + options.OverviewLinkLifetime, nonce),
                LinkNames.Detail => links.IssueDetail(state.Controller.Value, state.Id, now + options.OverviewLinkLifetime, nonce),
                _ => links.Issue(state.Id, name, TokenAudience.Staff, now + options.StaffLinkLifetime, nonce),
            };
        }

        return minted;
    }
}
