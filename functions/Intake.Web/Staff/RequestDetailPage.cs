using System.Globalization;
using Intake.Core.DataMaps;
using Intake.Core.Deadlines;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Events;
using Intake.Core.Process.Texts;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Staff;

/// <summary>
/// The whole story of one request for staff: its facts, what can be done now, the statutory clock
/// and why it shows these dates, each data source with what was found, done and kept (and the
/// retention rule that kept it), the mails and their links, the decisions with their reasons, the
/// timeline in sentences with the hash chain's verdict, and who viewed it. Event payloads are not
/// shown raw: they hold the person's data, which the facts and the decisions already show once.
/// </summary>
public static class RequestDetailPage
{
    public static HtmlContent Render(StaffAccess access, RequestStory story, IDataMapCatalog? maps, PathString pathBase)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(story);
        var state = story.State;
        var staff = access.Staff;
        var texts = access.Texts;
        var zone = state.DeadlinePolicy?.TimeZoneId ?? access.Controller.TimeZoneId;
        var page = new Context(access, story, zone, sourceId => SourceNames.Of(maps, state, sourceId, access.Language));
        var title = Placeholders.Fill(staff.DetailTitle, ("reference", state.Id.Value));
        return Html.Of($"""
            <p><a href="{pathBase}{access.Path}">{staff.BackToOverview}</a></p>
            <h1>{title}</h1>
            {RequestFacts.For(state, texts, staff, zone)}
            {Actions(page)}
            {Clock(page)}
            {Sources(page)}
            {Decisions(page)}
            {Mails(page)}
            {Timeline(page)}
            {Viewed(page)}
            """);
    }

    private sealed record Context(StaffAccess Access, RequestStory Story, string Zone, Func<string, string> Source)
    {
        public StaffTexts Staff => Access.Staff;

        public StaffTextsStory Words => Access.Staff.Story;

        public LinkTexts Texts => Access.Texts;

        public RequestState State => Story.State;

        public string Time(DateTimeOffset instant) => LocalTimes.Format(instant, Zone, Texts);

        public string Date(DateOnly date) => Texts.FormatDate(date);
    }

    private static HtmlContent Actions(Context page)
    {
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

        return Html.Of($"""
            <h2>{words.ActionsHeading}</h2>
            <ul>{Html.Join(items.Select(item => Html.Of($"<li>{item}</li>")))}</ul>
            <p class="hint">{words.ActionsNote}</p>
            """);
    }

    private static HtmlContent Clock(Context page)
    {
        var words = page.Words;
        var state = page.State;
        if (state.Deadline is not { } deadline)
        {
            return Html.Of($"""
                <h2>{words.ClockHeading}</h2>
                <p>{words.NoClock}</p>
                """);
        }

        var explanation = deadline.Explanation;
        string Ends(DateOnly date, DateTimeOffset end) => Placeholders.Fill(words.ClockDayEnds, ("date", page.Date(date)), ("time", page.Time(end)));
        var skipped = explanation.Due.SkippedDays.Concat(explanation.Extended.SkippedDays).DistinctBy(day => day.Date).OrderBy(day => day.Date).ToList();
        var skippedHtml = skipped.Count == 0
            ? Html.Text(words.ClockNothingSkipped)
            : Html.Of($"<ul>{Html.Join(skipped.Select(day => Html.Of($"<li>{Placeholders.Fill(words.ClockSkippedDay, ("date", page.Date(day.Date)), ("reason", day.Reason))}</li>")))}</ul>");
        var notes = explanation.CalendarNotes.Count == 0
            ? HtmlContent.Empty
            : Html.Of($"<br><span class=\"hint\" lang=\"en\">{string.Join(" ", explanation.CalendarNotes)}</span>");
        var rows = new List<(string, HtmlContent?)>
        {
            (words.ClockReceived, Html.Text(page.Time(state.ReceivedAt))),
            (words.ClockZone, Html.Text(deadline.TimeZoneId)),
            (words.ClockPolicyLabel, Html.Text(words.ClockPolicyNames[deadline.ClockPolicy])),
            (words.ClockStart, Html.Text(page.Date(deadline.ClockStartLocalDate))),
            (words.ClockDue, Html.Text(Ends(deadline.DueDate, deadline.DueAt))),
            (words.ClockNoticeBy, Html.Text(Ends(deadline.ExtensionNoticeBy, deadline.ExtensionNoticeDeadline))),
            (words.ClockExtendedDue, Html.Text(Ends(deadline.ExtendedDueDate, deadline.ExtendedDueAt))),
            (words.ClockCalendar, Html.Of($"{Placeholders.Fill(words.ClockCalendarValue, ("code", explanation.Calendar), ("name", explanation.CalendarName))}{notes}")),
            (words.ClockSkipped, skippedHtml),
        };
        var provisional = deadline.Provisional ? Html.Of($"<p class=\"notice\">{words.ClockProvisional}</p>") : HtmlContent.Empty;
        return Html.Of($"""
            <h2>{words.ClockHeading}</h2>
            <p>{words.ClockLaw}</p>
            {provisional}
            {FormHtml.Facts(rows)}
            <details><summary>{words.ClockRecorded}</summary><p lang="en">{explanation.Text}</p></details>
            """);
    }

    private static HtmlContent Sources(Context page)
    {
        var words = page.Words;
        var staff = page.Staff;
        var state = page.State;
        if (state.Tasks.IsEmpty)
        {
            return Html.Of($"""
                <h2>{staff.SourcesHeading}</h2>
                <p>{words.NoSources}</p>
                """);
        }

        HtmlContent Kept(SourceReceipt? receipt) => receipt is not { Kept.Count: > 0 }
            ? Html.Text(receipt is null ? string.Empty : words.NothingKept)
            : Html.Of($"<ul>{Html.Join(receipt.Kept.Select(kept => Html.Of($"<li>{Placeholders.Fill(words.KeptItem, ("category", kept.Category), ("rows", kept.Rows.ToString(CultureInfo.InvariantCulture)), ("ground", kept.Ground), ("until", kept.KeptUntil is { } until ? Placeholders.Fill(words.KeptUntil, ("date", page.Date(until))) : words.KeptOpen))}</li>")))}</ul>");
        var rows = state.Tasks.Values.OrderBy(task => task.SourceId, StringComparer.Ordinal).Select(task =>
        {
            var receipt = task.Receipt;
            var outcome = receipt is not null && staff.OutcomeNames.TryGetValue(receipt.Outcome, out var name) ? name : string.Empty;
            return Html.Of($"""
                <tr><th scope="row">{page.Source(task.SourceId)}</th><td>{staff.ActionNames[task.Action]}</td><td>{staff.TaskStatusNames[task.Status]}{(outcome.Length > 0 ? Html.Of($"<br>{outcome}") : HtmlContent.Empty)}</td><td class="number">{receipt?.RowsFound}</td><td class="number">{receipt?.RowsAffected}</td><td>{Kept(receipt)}</td><td>{Html.Lines(receipt?.Note)}</td></tr>
                """);
        });
        return Html.Of($"""
            <h2 id="sources">{staff.SourcesHeading}</h2>
            <div class="table-scroll" role="region" aria-labelledby="sources" tabindex="0">
            <table>
            <thead><tr><th scope="col">{staff.SourceLabel}</th><th scope="col">{staff.ActionLabel}</th><th scope="col">{staff.TaskStatusLabel}</th><th scope="col">{words.SourceFound}</th><th scope="col">{words.SourceDone}</th><th scope="col">{words.SourceKept}</th><th scope="col">{words.SourceNote}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            </div>
            """);
    }

    private static HtmlContent Decisions(Context page)
    {
        var words = page.Words;
        var staff = page.Staff;
        var items = new List<HtmlContent>();
        foreach (var (_, e) in page.Story.Events)
        {
            HtmlContent? body = e switch
            {
                ReviewApproved a => Html.Of($"""
                    {Placeholders.Fill(words.DecisionApproved, ("type", page.Texts.TypeNames[a.Type]))}{(a.MandateChecked ? Html.Of($" {words.DecisionMandateChecked}") : HtmlContent.Empty)}{(a.ConfirmedIdentifiers is { Count: > 0 } confirmed ? Html.Of($" {Placeholders.Fill(words.DecisionIdentifiersConfirmed, ("identifiers", string.Join(", ", confirmed.Select(kind => kind.WireName()))))}") : HtmlContent.Empty)}
                    """),
                RequestRefused r => Html.Of($"""{Placeholders.Fill(words.DecisionRefused, ("ground", staff.GroundNames[r.Ground]))}<blockquote>{RefusalGroundTexts.Describe(r.Ground, staff.Language)}{(string.IsNullOrWhiteSpace(r.Detail) ? HtmlContent.Empty : Html.Of($"<br>{Html.Lines(r.Detail)}"))}</blockquote>"""),
                DeadlineExtended d => Html.Of($"{Placeholders.Fill(words.DecisionExtended, ("date", page.Date(d.ExtendedDueDate)))}<blockquote>{Html.Lines(d.Reason)}</blockquote>"),
                InformationRequested q => Html.Of($"{words.DecisionAsked}<blockquote>{Html.Lines(q.Question)}</blockquote>"),
                InformationProvided p => Html.Of($"{words.DecisionAnswered}<blockquote>{Html.Lines(p.Answer)}</blockquote>"),
                ExportReleased => Html.Text(words.DecisionReleased),
                RequestWithdrawn => Html.Text(words.DecisionWithdrawn),
                ContactHandled h => string.IsNullOrWhiteSpace(h.Note) ? Html.Text(words.DecisionHandled) : Html.Of($"{words.DecisionHandled}<blockquote>{Html.Lines(h.Note)}</blockquote>"),
                ErrorRetried => Html.Text(words.DecisionRetried),
                SourceTaskFinished f when f.Actor.Kind == ActorKind.Staff => string.IsNullOrWhiteSpace(f.Receipt.Note)
                    ? Html.Text(Placeholders.Fill(words.DecisionConfirmedTask, ("source", page.Source(f.Receipt.SourceId))))
                    : Html.Of($"{Placeholders.Fill(words.DecisionConfirmedTask, ("source", page.Source(f.Receipt.SourceId)))}<blockquote>{Html.Lines(f.Receipt.Note)}</blockquote>"),
                _ => null,
            };
            if (body is not null)
            {
                items.Add(Html.Of($"<li><strong>{page.Time(e.At)}</strong>, {TimelineSentences.Actor(e.Actor.ToString(), staff, page.Source)}: {body}</li>"));
            }
        }

        return Html.Of($"""
            <h2>{words.DecisionsHeading}</h2>
            {(items.Count == 0 ? Html.Of($"<p>{words.NoDecisions}</p>") : Html.Of($"<ul class=\"story\">{Html.Join(items)}</ul>"))}
            """);
    }

    private static HtmlContent Mails(Context page)
    {
        var words = page.Words;
        if (page.Story.Mails.Count == 0)
        {
            return Html.Of($"""
                <h2>{words.MailsHeading}</h2>
                <p>{words.NoMails}</p>
                """);
        }

        HtmlContent Links(StoryMail mail) => mail.Links.Count == 0
            ? Html.Text(words.NoLinks)
            : Html.Of($"<ul>{Html.Join(mail.Links.Select(link => Html.Of($"<li>{(words.LinkNames.TryGetValue(link.Name, out var name) ? name : link.Name)}: {Used(link)}</li>")))}</ul>");
        string Used(StoryLink link) => (link.ViewOnly, link.UsedAt) switch
        {
            (false, { } at) => Placeholders.Fill(words.LinkUsed, ("time", page.Time(at))),
            (false, null) => words.LinkNotUsed,
            (true, { } at) => $"{words.LinkViewOnly}, {Placeholders.Fill(words.LinkOpened, ("time", page.Time(at)))}",
            (true, null) => words.LinkViewOnly,
        };
        var rows = page.Story.Mails.Select(mail => Html.Of($"""
            <tr><td>{page.Time(mail.At)}</td><th scope="row">{words.MailNames[mail.Kind]}</th><td>{words.AudienceNames[mail.Audience]}</td><td>{Links(mail)}</td></tr>
            """));
        return Html.Of($"""
            <h2 id="mails">{words.MailsHeading}</h2>
            <p class="hint">{words.MailsIntro}</p>
            <div class="table-scroll" role="region" aria-labelledby="mails" tabindex="0">
            <table>
            <thead><tr><th scope="col">{words.ColumnTime}</th><th scope="col">{words.MailColumnKind}</th><th scope="col">{words.MailColumnTo}</th><th scope="col">{words.MailColumnLinks}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            </div>
            """);
    }

    private static HtmlContent Timeline(Context page)
    {
        var staff = page.Staff;
        var words = page.Words;
        var verification = page.Story.Verification;
        var chain = verification.IsIntact
            ? Html.Of($"<p class=\"notice\">{Placeholders.Fill(staff.AuditIntact, ("count", verification.EntriesChecked.ToString(CultureInfo.InvariantCulture)))}</p>")
            : Html.Of($"<p class=\"error-summary\" role=\"alert\"><strong>{Placeholders.Fill(staff.AuditBroken, ("entry", (verification.FirstBrokenSequence ?? 0).ToString(CultureInfo.InvariantCulture)))}</strong></p>");
        var events = page.Story.Events.ToDictionary(pair => pair.Sequence, pair => pair.Event);
        var rows = page.Story.Trail.Select(record =>
        {
            var what = events.TryGetValue(record.Sequence, out var e) && staff.Story.EventSentences.ContainsKey(e.Name)
                ? TimelineSentences.Describe(e, staff, page.Texts, page.Zone, page.Source)
                : record.EventName;
            return Html.Of($"""
                <tr><td class="number">{record.Sequence}</td><td>{page.Time(record.At)}</td><td>{TimelineSentences.Actor(record.Actor, staff, page.Source)}</td><td>{what}</td></tr>
                """);
        });
        return Html.Of($"""
            <h2 id="timeline">{words.TimelineHeading}</h2>
            <p class="hint">{words.TimelineIntro}</p>
            {chain}
            <div class="table-scroll" role="region" aria-labelledby="timeline" tabindex="0">
            <table>
            <thead><tr><th scope="col">{words.ColumnNumber}</th><th scope="col">{words.ColumnTime}</th><th scope="col">{words.ColumnBy}</th><th scope="col">{words.ColumnWhat}</th></tr></thead>
            <tbody>
            {Html.Join(rows)}
            </tbody>
            </table>
            </div>
            """);
    }

    private static HtmlContent Viewed(Context page)
    {
        var words = page.Words;
        if (page.Story.Views.Count == 0)
        {
            return Html.Of($"""
                <h2>{words.ViewedHeading}</h2>
                <p>{words.NoViews}</p>
                """);
        }

        static string Short(string id) => id.Length > 12 ? id[..12] : id;
        string Who(ViewEntry view) => view switch
        {
            { Viewer: ViewerKind.Person } => Placeholders.Fill(words.ViewerPerson, ("id", Short(view.LinkId))),
            { SignedInAs: { Length: > 0 } name } => Placeholders.Fill(words.ViewerSignedIn, ("name", name), ("id", Short(view.LinkId))),
            _ => Placeholders.Fill(words.ViewerStaff, ("id", Short(view.LinkId))),
        };
        var rows = page.Story.Views.Select(view => Html.Of($"""
            <tr><td>{page.Time(view.At)}</td><td>{words.PageNames[view.Page]}</td><td>{Who(view)}</td></tr>
            """));
        return Html.Of($"""
            <h2 id="viewed">{words.ViewedHeading}</h2>
            <p class="hint">{words.ViewedIntro}</p>
            <div class="table-scroll" role="region" aria-labelledby="viewed" tabindex="0">
            <table>
            <thead><tr><th scope="col">{words.ColumnTime}</th><th scope="col">{words.ViewColumnPage}</th><th scope="col">{words.ViewColumnWho}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table>
            </div>
            """);
    }
}
