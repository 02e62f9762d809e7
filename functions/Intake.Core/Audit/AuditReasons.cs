using Intake.Core.Process.Events;

namespace Intake.Core.Audit;

/// <summary>The "why" column of the audit trail: the reason an event carries, in a line.</summary>
public static class AuditReasons
{
    public static string? Of(RequestEvent @event) => @event switch
    {
        DeadlineExtended e => e.Reason,
        RequestRefused e => e.Detail is null ? e.Ground.ToString() : $"{e.Ground}: {e.Detail}",
        StaffReviewRequested e => string.Join(", ", e.Reasons),
        ReviewApproved e => $"approved as {e.Type}",
        SourceTaskFailed e => e.Error,
        SourceTaskFinished e => $"{e.Receipt.SourceId}: {e.Receipt.Outcome}",
        EffectParked e => e.Parked.Error,
        ReminderSent e => e.Key,
        ContactHandled e => e.Note,
        _ => null,
    };
}
