using System.Globalization;
using Intake.Core.Process;
using Intake.Core.Process.Events;
using Intake.Core.Process.Texts;
using Intake.Web.Links;
using Intake.Web.Texts;

namespace Intake.Web.Staff;

/// <summary>
/// An audit entry as a privacy officer reads it: one sentence per event type, in the page's
/// language, with the facts that matter to an accountability check (dates, sources, grounds) and
/// none of the person's free text, which the facts and the decisions show once.
/// </summary>
public static class TimelineSentences
{
    public static string Describe(RequestEvent @event, StaffTexts staff, LinkTexts texts, string zoneId, Func<string, string> sourceName)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sourceName);
        var story = staff.Story;
        var template = story.EventSentences[@event.Name];
        string Time(DateTimeOffset instant) => LocalTimes.Format(instant, zoneId, texts);
        string Date(DateOnly date) => texts.FormatDate(date);
        static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
        string Fill(params (string Name, string Value)[] values) => Placeholders.Fill(template, values);

        return @event switch
        {
            RequestReceived e => Fill(("channel", staff.ChannelNames[e.Request.Channel])),
            VerificationLinkSent e => Fill(("attempt", Number(e.Attempt)), ("time", Time(e.ExpiresAt))),
            StaffReviewRequested e => Fill(("reasons", string.Join("; ", e.Reasons.Select(reason => ReviewReasonTexts.Describe(reason, staff.Language))))),
            ReviewApproved e => Fill(("type", texts.TypeNames[e.Type])),
            DataSubjectNotified e => Fill(("time", Time(e.ProceedAt))),
            DeadlineExtended e => Fill(("date", Date(e.ExtendedDueDate))),
            RequestRefused e => Fill(("ground", staff.GroundNames[e.Ground])),
            ProcessingStarted e => Fill(("count", Number(e.SourceIds.Count)), ("action", staff.ActionNames[e.Action])),
            SourceTaskFinished e => Fill(("source", sourceName(e.Receipt.SourceId)), ("outcome", staff.OutcomeNames.TryGetValue(e.Receipt.Outcome, out var outcome) ? outcome : e.Receipt.Outcome.ToString())),
            SourceTaskAwaitingStaff e => Fill(("source", sourceName(e.SourceId))),
            SourceTaskAwaitingCallback e => Fill(("source", sourceName(e.SourceId)), ("time", Time(e.AnswerBy))),
            SourceTaskFailed e => Fill(
                ("source", sourceName(e.SourceId)),
                ("attempt", Number(e.Attempt)),
                ("next", e.RetryAt is { } retry ? Placeholders.Fill(story.FailedRetryAt, ("time", Time(retry))) : story.FailedFlagged)),
            SourceTaskRetried e => Fill(("source", sourceName(e.SourceId)), ("attempt", Number(e.Attempt))),
            ExportAssembled e => Fill(("files", Number(e.Export.Files))),
            RecipientsNotified e => Fill(("count", Number(e.Recipients.Count))),
            RequestCompleted e => Fill(("time", Time(e.PurgeAt))),
            ReminderSent e => Fill(("days", Number(e.DaysLeft)), ("date", Date(e.DueDate))),
            OverdueEscalated e => Fill(("date", Date(e.DueDate))),
            _ => Fill(),
        };
    }

    /// <summary>Who acted, from the audit entry's actor (<c>person</c>, <c>system</c>, <c>staff:{link id}</c>, <c>source:{id}</c>).</summary>
    public static string Actor(string actor, StaffTexts staff, Func<string, string> sourceName)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(sourceName);
        var story = staff.Story;
        var separator = actor.IndexOf(':', StringComparison.Ordinal);
        var kind = separator < 0 ? actor : actor[..separator];
        var id = separator < 0 ? string.Empty : actor[(separator + 1)..];
        return kind switch
        {
            "person" => story.ActorPerson,
            "system" => story.ActorSystem,
            "staff" => Placeholders.Fill(story.ActorStaff, ("id", id)),
            "source" => Placeholders.Fill(story.ActorSource, ("source", sourceName(id))),
            _ => actor,
        };
    }
}
