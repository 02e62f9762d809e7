using Intake.Core.Deadlines;

namespace Intake.Local.Cli;

/// <summary>What <c>due</c> prints: the dates of a request and why, as JSON.</summary>
public sealed record DueReport(
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedLocalDate,
    DateOnly ClockStartLocalDate,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    DateOnly ExtendedDueDate,
    DateTimeOffset ExtendedDueAt,
    DateOnly ExtensionNoticeBy,
    DateTimeOffset ExtensionNoticeDeadline,
    string Calendar,
    string CalendarName,
    ClockPolicy ClockPolicy,
    string TimeZone,
    bool Provisional,
    DeadlineExplanation Explanation)
{
    public static DueReport From(DeadlineCalculation calculation) => new(
        calculation.Explanation.ReceivedAt,
        calculation.ReceivedLocalDate,
        calculation.ClockStartLocalDate,
        calculation.DueDate,
        calculation.DueAt,
        calculation.ExtendedDueDate,
        calculation.ExtendedDueAt,
        calculation.ExtensionNoticeBy,
        calculation.ExtensionNoticeDeadline,
        calculation.Calendar,
        calculation.Explanation.CalendarName,
        calculation.ClockPolicy,
        calculation.TimeZoneId,
        calculation.Provisional,
        calculation.Explanation);
}
