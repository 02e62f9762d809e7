using System.Collections.Immutable;
using Intake.Core.Process.Events;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Process;

/// <summary>
/// State from events: <c>Evolve(state, event) → state</c>. Total and pure: every event the
/// decider can emit has exactly one effect on state here, and nothing else changes state.
/// </summary>
public static class RequestEvolver
{
    /// <summary>Folds a whole history from the initial state.</summary>
    public static RequestState Replay(IEnumerable<RequestEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var state = RequestState.Initial;
        foreach (var e in events)
        {
            state = Evolve(state, e);
        }

        return state;
    }

    public static RequestState Evolve(RequestState state, RequestEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        var next = Apply(state, @event);
        return next with { Version = state.Version + 1 };
    }

    private static RequestState Apply(RequestState s, RequestEvent @event) => @event switch
    {
        RequestReceived e => s with
        {
            Id = e.Id,
            Request = e.Request,
            Type = e.Request.Type,
            ReceivedAt = e.At,
            Policy = e.Policy,
            DeadlinePolicy = e.DeadlinePolicy,
            Deadline = e.Deadline,
            Sources = [.. e.Sources],
            PriorRequests = e.PriorRequests,
            Stage = e.Request.Type.HasStatutoryClock() ? Stage.AwaitingVerification : Stage.AwaitingStaffReview,
        },
        VerificationLinkSent e => s with
        {
            VerificationLinksSent = e.Attempt,
            VerificationExpiresAt = e.ExpiresAt,
            VerificationLinkExpired = false,
        },
        VerificationLinkExpired => s with { VerificationLinkExpired = true },
        IdentityVerified e => s with { VerifiedAt = e.At, Deadline = e.Deadline ?? s.Deadline },
        ClosedUnverified e => Closed(s, Stage.ClosedUnverified, e.At, e.PurgeAt),
        StaffReviewRequested e => s with { Stage = Stage.AwaitingStaffReview, ReviewReasons = [.. e.Reasons] },
        ReviewApproved e => s with
        {
            Type = e.Type,
            ReviewReasons = [],
            ConfirmedIdentifiers = s.ConfirmedIdentifiers.Union(e.ConfirmedIdentifiers ?? []),
            MandateChecked = s.MandateChecked || e.MandateChecked,
        },
        DataSubjectNotified e => s with { Stage = Stage.SubjectNoticePeriod, SubjectNoticeUntil = e.ProceedAt },
        InformationRequested e => s with { Stage = Stage.AwaitingInformation, OpenQuestion = e.Question },
        InformationProvided e => s with { OpenQuestion = null, LastAnswer = e.Answer },
        DeadlineExtended e => s with { Extended = true, ExtensionReason = e.Reason },
        RequestRefused e => Closed(s, Stage.Refused, e.At, e.PurgeAt) with { RefusalGround = e.Ground, RefusalDetail = e.Detail },
        RequestWithdrawn e => Closed(s, Stage.Withdrawn, e.At, e.PurgeAt),
        ProcessingStarted e => s with
        {
            Stage = Stage.InProgress,
            SubjectNoticeUntil = null,
            Action = e.Action,
            Tasks = e.SourceIds.ToImmutableDictionary(
                id => id,
                id => new SourceTask(id, e.Action, SourceTaskStatus.Running, 1, null, null, null)),
        },
        SourceTaskFinished e => WithTask(s, e.Receipt.SourceId, t => t with
        {
            Status = SourceTaskStatus.Finished,
            Receipt = e.Receipt,
            RetryAt = null,
        }),
        SourceTaskAwaitingStaff e => WithTask(s, e.SourceId, t => t with { Status = SourceTaskStatus.AwaitingStaff }),
        SourceTaskAwaitingCallback e => WithTask(s, e.SourceId, t => t with { Status = SourceTaskStatus.AwaitingCallback, RetryAt = e.AnswerBy }),
        SourceTaskFailed e => WithTask(s, e.SourceId, t => t with
        {
            Status = e.RetryAt is null ? SourceTaskStatus.Flagged : SourceTaskStatus.RetryScheduled,
            Attempts = e.Attempt,
            LastError = e.Error,
            RetryAt = e.RetryAt,
        }),
        SourceTaskRetried e => WithTask(s, e.SourceId, t => t with
        {
            Status = SourceTaskStatus.Running,
            Attempts = e.Attempt,
            RetryAt = null,
        }),
        ExportAssemblyStarted => s with { Stage = Stage.Assembling },
        ExportAssembled e => s with { Export = e.Export },
        ExportReleaseRequested => s with { Stage = Stage.AwaitingRelease },
        ExportReleased => s,
        ResponseDelivered e => s with { Stage = Stage.Delivered, DeliveredAt = e.At, DownloadExpiresAt = e.DownloadExpiresAt },
        RecipientNotificationStarted => s with { NotifyingRecipients = true },
        RecipientsNotified e => s with { RecipientsNotified = [.. e.Recipients], NotifyingRecipients = false },
        RequestCompleted e => Closed(s, Stage.Completed, e.At, e.PurgeAt),
        ReminderSent e => s with { RemindersSent = s.RemindersSent.Add(ReminderKey(e.Key, e.DueDate)) },
        OverdueEscalated e => s with { RemindersSent = s.RemindersSent.Add(ReminderKey("overdue", e.DueDate)) },
        ExportDownloaded => s with { Downloads = s.Downloads + 1 },
        ExportExpired => s with { Export = null, DownloadExpiresAt = null },
        EffectParked e => s.Stage.IsClosed()
            ? s with { Parked = s.Parked.Add(e.Parked) }
            : s with { Stage = Stage.Error, StageBeforeError = s.Stage == Stage.Error ? s.StageBeforeError : s.Stage, Parked = s.Parked.Add(e.Parked) },
        ErrorRetried => s with { Stage = s.Stage == Stage.Error ? s.StageBeforeError ?? s.Stage : s.Stage, StageBeforeError = null, Parked = [] },
        ContactHandled e => Closed(s, Stage.Completed, e.At, e.PurgeAt),
        RequestPurged => s with { Stage = Stage.Purged, Request = s.Request is null ? null : Redacted(s.Request), Tasks = s.Tasks.Clear(), LastAnswer = null, OpenQuestion = null },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "An event type the evolver does not know."),
    };

    /// <summary>The key under which a reminder is remembered: the same reminder for a later (extended) due date is a new one.</summary>
    public static string ReminderKey(string key, DateOnly dueDate) =>
        $"{key}@{dueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    private static RequestState Closed(RequestState s, Stage stage, DateTimeOffset at, DateTimeOffset purgeAt) =>
        s with { Stage = stage, ClosedAt = at, PurgeAt = purgeAt, ReviewReasons = [] };

    private static RequestState WithTask(RequestState s, string sourceId, Func<SourceTask, SourceTask> change) =>
        s.Tasks.TryGetValue(sourceId, out var task) ? s with { Tasks = s.Tasks.SetItem(sourceId, change(task)) } : s;

    /// <summary>After purge nothing personal remains in memory either.</summary>
    private static NewRequest Redacted(NewRequest request) => request with
    {
        Subject = new DataSubject("-", "-"),
        Agent = null,
        Details = RequestDetails.None,
    };
}
