namespace Intake.Core.Process;

/// <summary>Rules that follow from the stage alone.</summary>
public static class StageFacts
{
    /// <summary>A closed request accepts nothing but its own timers (export expiry, purge).</summary>
    public static bool IsClosed(this Stage stage) =>
        stage is Stage.Completed or Stage.Refused or Stage.Withdrawn or Stage.ClosedUnverified or Stage.Purged;

    /// <summary>Open for the statutory clock: not yet answered.</summary>
    public static bool IsAwaitingAnswer(this Stage stage) =>
        !stage.IsClosed() && stage != Stage.Delivered;

    /// <summary>The wire name, as the status page and API show it.</summary>
    public static string WireName(this Stage stage) => stage switch
    {
        Stage.AwaitingVerification => "awaiting-verification",
        Stage.AwaitingStaffReview => "awaiting-staff-review",
        Stage.AwaitingInformation => "awaiting-information",
        Stage.SubjectNoticePeriod => "subject-notice-period",
        Stage.InProgress => "in-progress",
        Stage.Assembling => "assembling",
        Stage.AwaitingRelease => "awaiting-release",
        Stage.Delivered => "delivered",
        Stage.Completed => "completed",
        Stage.Refused => "refused",
        Stage.Withdrawn => "withdrawn",
        Stage.ClosedUnverified => "closed-unverified",
        Stage.Error => "error",
        Stage.Purged => "purged",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
