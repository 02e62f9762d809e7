using Intake.Core.Deadlines;
using Intake.Core.Notifications;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;

namespace Intake.Core.Process;

public static partial class RequestDecider
{
    /// <summary>Acts on every timer due at the tick's time. A tick with nothing due changes nothing.</summary>
    private static Decision Tick(RequestState state, Tick c)
    {
        var now = c.At;
        var builder = new DecisionBuilder(state);

        if (state.Stage == Stage.AwaitingVerification)
        {
            if (!state.VerificationLinkExpired && state.VerificationExpiresAt <= now)
            {
                builder.Emit(new VerificationLinkExpired(now, Actor.System));
            }

            if (state.ReceivedAt + state.Policy.CloseUnverifiedAfter <= now)
            {
                return builder
                    .Emit(new ClosedUnverified(now, Actor.System, PurgeTime(state, now)))
                    .MailPerson(MailKind.ClosedUnverified, new MailFacts([]))
                    .Build();
            }
        }

        if (state is { Stage: Stage.SubjectNoticePeriod, SubjectNoticeUntil: { } proceed } && proceed <= now)
        {
            StartProcessing(builder, now);
        }

        SendDueReminders(builder, now);

        foreach (var task in builder.State.Tasks.Values.Where(t => t.Status == SourceTaskStatus.RetryScheduled && t.RetryAt <= now).OrderBy(t => t.SourceId, StringComparer.Ordinal))
        {
            Retry(builder, now, Actor.System, task);
        }

        FlagSilentSources(builder, now);

        if (builder.State is { Stage: Stage.Delivered, DownloadExpiresAt: { } expires, Export: { } export } && expires <= now)
        {
            builder.Emit(new ExportExpired(now, Actor.System))
                .Run(id => new DeleteExport(id, export.BlobName), "delete-export")
                .Emit(new RequestCompleted(now, Actor.System, PurgeTime(builder.State, now)));
        }

        if (builder.State.Stage.IsClosed() && builder.State.Stage != Stage.Purged && builder.State.PurgeAt <= now)
        {
            builder.Emit(new RequestPurged(now, Actor.System)).Run(id => new PurgeRecord(id), "purge");
        }

        return builder.Build();
    }

    /// <summary>
    /// Reminders whose time has come are recorded; when several came due while the host was down,
    /// only the most urgent is mailed so staff get one clear message, not a burst.
    /// </summary>
    private static void SendDueReminders(DecisionBuilder builder, DateTimeOffset now)
    {
        var state = builder.State;
        if (!state.Stage.IsAwaitingAnswer() || state.CurrentDueDate is not { } dueDate || state.DeadlinePolicy is not { } policy)
        {
            return;
        }

        var due = PendingReminders(state).Where(reminder => reminder.At <= now).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var today = StatutoryClock.LocalDate(now, policy.TimeZoneId);
        var daysLeft = dueDate.DayNumber - today.DayNumber;
        foreach (var reminder in due)
        {
            builder.Emit(reminder.Key == OverdueKey
                ? new OverdueEscalated(now, Actor.System, dueDate)
                : new ReminderSent(now, Actor.System, reminder.Key, dueDate, daysLeft));
        }

        var last = due[^1];
        if (last.Key == OverdueKey)
        {
            builder.MailStaff(MailKind.OverdueEscalation, new MailFacts([LinkNames.Overview], DaysLeft: daysLeft));
        }
        else
        {
            var links = CanExtend(builder.State, now) is null ? new[] { LinkNames.Overview, LinkNames.Extend } : [LinkNames.Overview];
            builder.MailStaff(MailKind.DueReminder, new MailFacts(links, DaysLeft: daysLeft), last.Key);
        }
    }

    private const string OverdueKey = "overdue";

    /// <summary>Reminders for the due date in force that have not been sent yet, in time order.</summary>
    internal static IEnumerable<Reminder> PendingReminders(RequestState state)
    {
        if (state.CurrentDueDate is not { } dueDate || state.DeadlinePolicy is not { } policy)
        {
            return [];
        }

        return state.Policy.Reminders.For(dueDate, policy.TimeZoneId)
            .Where(reminder => !state.RemindersSent.Contains(RequestEvolver.ReminderKey(reminder.Key, dueDate)));
    }
}
