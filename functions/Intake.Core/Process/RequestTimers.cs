namespace Intake.Core.Process;

/// <summary>
/// <c>NextWake(state)</c>: the earliest instant at which a <see cref="Commands.Tick"/> would change
/// something — verification expiry, closing an unverified request, a reminder or the overdue
/// escalation, a source retry, the download link's expiry, the purge. Null when only a person can
/// move the request on. A time in the past means "now".
/// </summary>
public static class RequestTimers
{
    public static DateTimeOffset? NextWake(RequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Exists || state.Stage == Stage.Purged)
        {
            return null;
        }

        DateTimeOffset? next = null;
        void Consider(DateTimeOffset? candidate)
        {
            if (candidate is { } at && (next is null || at < next))
            {
                next = at;
            }
        }

        if (state.Stage == Stage.AwaitingVerification)
        {
            Consider(state.VerificationLinkExpired ? null : state.VerificationExpiresAt);
            Consider(state.ReceivedAt + state.Policy.CloseUnverifiedAfter);
        }

        if (state.Stage == Stage.SubjectNoticePeriod)
        {
            Consider(state.SubjectNoticeUntil);
        }

        if (state.Stage.IsAwaitingAnswer())
        {
            Consider(RequestDecider.PendingReminders(state).Select(r => (DateTimeOffset?)r.At).FirstOrDefault());
        }

        foreach (var task in state.Tasks.Values)
        {
            Consider(task.Status is SourceTaskStatus.RetryScheduled or SourceTaskStatus.AwaitingCallback ? task.RetryAt : null);
        }

        if (state.Stage == Stage.Delivered)
        {
            Consider(state.DownloadExpiresAt);
        }

        if (state.Stage.IsClosed())
        {
            Consider(state.PurgeAt);
        }

        return next;
    }
}
