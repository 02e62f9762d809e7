using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Tokens;

namespace Intake.Web.Staff;

/// <summary>One mail the process sent, after the event with <paramref name="Sequence"/>.</summary>
public sealed record StoryMail(int Sequence, DateTimeOffset At, MailKind Kind, MailAudience Audience, IReadOnlyList<StoryLink> Links);

/// <summary>
/// One link of a mail: what it does, whether it only shows (used many times) or acts (single-use),
/// and when it was used — spent, for an acting link; first opened, for a page whose views are logged.
/// </summary>
public sealed record StoryLink(string Name, bool ViewOnly, DateTimeOffset? UsedAt);

/// <summary>
/// The mails a request's events sent, with their links. The process decides each mail together with
/// the event before it, and names the mail's effect by that event's number; the links' nonces come
/// from the effect id, so each link's id (never its value) is known here and is looked up among the
/// spent links and the view log. The rules follow <see cref="RequestDecider"/>; the integration tests
/// compare them with the mails a real host sent.
/// </summary>
public static class RequestMails
{
    private static readonly HashSet<string> Viewing = [LinkNames.Status, LinkNames.Download, LinkNames.Overview, LinkNames.Detail, LinkNames.Mandate];

    public static IReadOnlyList<StoryMail> Of(
        RequestState state,
        IReadOnlyList<(int Sequence, RequestEvent Event)> events,
        IReadOnlyDictionary<string, DateTimeOffset> spent,
        IReadOnlyList<ViewEntry> views)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(spent);
        ArgumentNullException.ThrowIfNull(views);
        var mails = new List<StoryMail>();
        var extended = false;
        var delivered = false;
        var agent = state.Request?.Agent is not null;

        void Add(int sequence, DateTimeOffset at, MailKind kind, MailAudience audience, IReadOnlyList<string> links, string? target = null)
        {
            var effectId = EffectIds.For(state.Id, sequence, "mail-" + kind, target);
            var minted = audience == MailAudience.Staff ? links.Append(LinkNames.Detail).Append(LinkNames.Overview).ToHashSet() : links.ToHashSet();
            var shown = kind.AllowedLinks().Where(minted.Contains).Select(name => Link(state, effectId, name, audience, spent, views)).ToList();
            mails.Add(new StoryMail(sequence, at, kind, audience, shown));
        }

        bool CanExtendAt(DateTimeOffset at) => state.Deadline is { } deadline && !extended && at < deadline.ExtensionNoticeDeadline;

        for (var i = 0; i < events.Count; i++)
        {
            var (sequence, e) = events[i];
            var next = i + 1 < events.Count ? events[i + 1].Event : null;
            switch (e)
            {
                case VerificationLinkSent sent:
                    Add(sequence, e.At, sent.Attempt <= 1 ? MailKind.VerificationRequested : MailKind.VerificationResent, MailAudience.Person, [LinkNames.Verify, LinkNames.Status]);
                    break;
                case IdentityVerified:
                    Add(sequence, e.At, MailKind.RequestAcknowledged, MailAudience.Person, [LinkNames.Status]);
                    break;
                case StaffReviewRequested review when review.Reasons.Contains(ReviewReason.ContactMessage):
                    Add(sequence, e.At, MailKind.ContactReceived, MailAudience.Person, []);
                    Add(sequence, e.At, MailKind.ContactForStaff, MailAudience.Staff, [LinkNames.MarkHandled]);
                    break;
                case StaffReviewRequested:
                    var reviewLinks = new List<string> { LinkNames.Approve, LinkNames.Reject };
                    if (agent)
                    {
                        reviewLinks.Add(LinkNames.Mandate);
                    }

                    if (CanExtendAt(e.At))
                    {
                        reviewLinks.Add(LinkNames.Extend);
                    }

                    reviewLinks.Add(LinkNames.AskForInformation);
                    Add(sequence, e.At, MailKind.StaffReviewRequested, MailAudience.Staff, reviewLinks);
                    break;
                case ReviewApproved approved when agent && approved.Type.HasStatutoryClock() && approved.Type.DisclosesOrChangesData() && next is not DataSubjectNotified:
                    Add(sequence, e.At, MailKind.AgentRequestNotice, MailAudience.DataSubject, []);
                    break;
                case DataSubjectNotified:
                    Add(sequence, e.At, MailKind.AgentRequestNotice, MailAudience.DataSubject, []);
                    break;
                case InformationRequested:
                    Add(sequence, e.At, MailKind.InformationRequested, MailAudience.Person, [LinkNames.Answer, LinkNames.Status]);
                    break;
                case DeadlineExtended:
                    extended = true;
                    Add(sequence, e.At, MailKind.ExtensionNotice, MailAudience.Person, [LinkNames.Status]);
                    break;
                case RequestRefused:
                    Add(sequence, e.At, MailKind.Refusal, MailAudience.Person, [LinkNames.Status]);
                    break;
                case RequestWithdrawn:
                    Add(sequence, e.At, MailKind.WithdrawalConfirmed, MailAudience.Person, [LinkNames.Status]);
                    break;
                case EffectParked parked:
                    Add(sequence, e.At, MailKind.ProcessError, MailAudience.Staff, [LinkNames.Retry], parked.Parked.Effect.Id);
                    break;
                case SourceTaskAwaitingStaff manual:
                    Add(sequence, e.At, MailKind.ManualTaskRequested, MailAudience.Staff, [LinkNames.ConfirmTask], manual.SourceId);
                    break;
                case SourceTaskFailed { RetryAt: null } failed:
                    Add(sequence, e.At, MailKind.SourceFailed, MailAudience.Staff, [LinkNames.Retry, LinkNames.ConfirmTask], failed.SourceId);
                    break;
                case ExportReleaseRequested:
                    Add(sequence, e.At, MailKind.ExportReleaseRequested, MailAudience.Staff, [LinkNames.Release, LinkNames.Reject]);
                    break;
                case ResponseDelivered:
                    delivered = true;
                    Add(sequence, e.At, MailKind.ResponseReady, MailAudience.Person, [LinkNames.Download, LinkNames.Status]);
                    break;
                case RequestCompleted when !delivered:
                    Add(sequence, e.At, MailKind.ActionCompleted, MailAudience.Person, [LinkNames.Status]);
                    break;
                case ClosedUnverified:
                    Add(sequence, e.At, MailKind.ClosedUnverified, MailAudience.Person, []);
                    break;
                // Reminders due at once are one mail, sent after the last of them.
                case OverdueEscalated when next is not (ReminderSent or OverdueEscalated):
                    Add(sequence, e.At, MailKind.OverdueEscalation, MailAudience.Staff, [LinkNames.Overview]);
                    break;
                case ReminderSent reminder when next is not (ReminderSent or OverdueEscalated):
                    Add(sequence, e.At, MailKind.DueReminder, MailAudience.Staff, CanExtendAt(e.At) ? [LinkNames.Overview, LinkNames.Extend] : [LinkNames.Overview], reminder.Key);
                    break;
            }
        }

        return mails;
    }

    private static StoryLink Link(RequestState state, string effectId, string name, MailAudience audience, IReadOnlyDictionary<string, DateTimeOffset> spent, IReadOnlyList<ViewEntry> views)
    {
        // The same scope, action and nonce as the mail composer's: the link's id without its value.
        var grant = name is LinkNames.Overview or LinkNames.Detail
            ? new LinkToken(state.Controller.Value, LinkNames.Overview, TokenAudience.Staff, DateTimeOffset.MaxValue, $"{effectId}:{LinkNames.Overview}", SingleUse: false)
            : new LinkToken(state.Id.Value, name, audience == MailAudience.Staff ? TokenAudience.Staff : TokenAudience.Person, DateTimeOffset.MaxValue, $"{effectId}:{name}", !Viewing.Contains(name));
        if (!Viewing.Contains(name))
        {
            return new StoryLink(name, false, spent.TryGetValue(grant.Id, out var at) ? at : null);
        }

        var page = name switch
        {
            LinkNames.Status => ViewedPage.Status,
            LinkNames.Mandate => ViewedPage.Mandate,
            LinkNames.Overview or LinkNames.Detail => ViewedPage.StaffDetail,
            _ => (ViewedPage?)null,
        };
        var first = page is null ? null : views.FirstOrDefault(view => view.Page == page && view.LinkId == grant.Id);
        return new StoryLink(name, true, first?.At);
    }
}
