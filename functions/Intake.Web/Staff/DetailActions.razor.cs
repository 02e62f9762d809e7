using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Sources;
using Intake.Web.Links;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class DetailActions
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    private List<string> Items()
    {
        var page = View;
        var words = page.Words;
        var state = page.State;
        var now = page.Access.Now;
        var items = new List<string>();

        string FromMail(string template, MailKind kind, Func<StoryMail, bool>? match = null, params (string Name, string Value)[] values)
        {
            var mail = page.Story.Mails.LastOrDefault(m => m.Kind == kind && (match is null || match(m)));
            return Placeholders.Fill(template, [.. values, ("mail", words.MailNames[kind]), ("time", mail is null ? "—" : page.Time(mail.At))]);
        }

        switch (state.Stage)
        {
            case Stage.AwaitingVerification:
                items.Add(Placeholders.Fill(words.WaitVerification, ("until", state.VerificationExpiresAt is { } expires ? page.Time(expires) : "—")));
                break;
            case Stage.AwaitingStaffReview when state.ReviewReasons.Contains(ReviewReason.ContactMessage):
                items.Add(FromMail(words.ActionContact, MailKind.ContactForStaff));
                break;
            case Stage.AwaitingStaffReview:
                items.Add(FromMail(words.ActionReview, MailKind.StaffReviewRequested));
                break;
            case Stage.AwaitingInformation:
                items.Add(words.WaitInformation);
                break;
            case Stage.SubjectNoticePeriod:
                items.Add(Placeholders.Fill(words.WaitNotice, ("until", state.SubjectNoticeUntil is { } until ? page.Time(until) : "—")));
                break;
            case Stage.InProgress:
                foreach (var task in state.Tasks.Values.OrderBy(task => task.SourceId, StringComparer.Ordinal))
                {
                    var source = page.Source(task.SourceId);
                    if (task.Status == SourceTaskStatus.Flagged)
                    {
                        items.Add(FromMail(words.ActionRetrySource, MailKind.SourceFailed, null, ("source", source)));
                    }
                    else if (task.Status == SourceTaskStatus.AwaitingStaff)
                    {
                        items.Add(FromMail(words.ActionConfirmTask, MailKind.ManualTaskRequested, null, ("source", source)));
                    }
                }

                if (items.Count == 0)
                {
                    items.Add(words.WaitSources);
                }

                break;
            case Stage.Assembling:
                items.Add(words.WaitAssembling);
                break;
            case Stage.AwaitingRelease:
                items.Add(FromMail(words.ActionRelease, MailKind.ExportReleaseRequested));
                break;
            case Stage.Error:
                items.Add(FromMail(words.ActionRetryParked, MailKind.ProcessError));
                break;
            case Stage.Delivered:
                items.Add(Placeholders.Fill(words.Delivered, ("until", state.DownloadExpiresAt is { } download ? page.Time(download) : "—")));
                break;
            default:
                items.Add(Placeholders.Fill(words.Closed, ("stage", page.Texts.StageNames[state.Stage])));
                break;
        }

        // Art 12(3): the extension is possible only once, and only while the person can still be told within the first month.
        if (state.Stage.IsAwaitingAnswer() && state.Deadline is { } deadline && RequestDecider.CanExtend(state, now) is null)
        {
            var until = page.Time(deadline.ExtensionNoticeDeadline);
            var carrier = page.Story.Mails.LastOrDefault(mail => mail.Links.Any(link => link.Name == LinkNames.Extend && link.UsedAt is null));
            items.Add(carrier is null
                ? Placeholders.Fill(words.ActionExtendNoMail, ("until", until))
                : Placeholders.Fill(words.ActionExtend, ("until", until), ("mail", words.MailNames[carrier.Kind]), ("time", page.Time(carrier.At))));
        }

        return items;
    }
}
