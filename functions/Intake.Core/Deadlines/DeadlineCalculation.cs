using Intake.Core.Calendars;

namespace Intake.Core.Deadlines;

/// <summary>
/// The statutory dates of one request (GDPR Art 12(3)) and how they were reached. Dates are
/// local dates in <paramref name="TimeZoneId"/>; a period ends at the end of its last day there.
/// </summary>
/// <param name="ReceivedLocalDate">The day the request arrived, in the controller's zone.</param>
/// <param name="ClockStartLocalDate">The day counting starts from (not itself counted): receipt, or verification under <see cref="ClockPolicy.PausedUntilVerified"/>.</param>
/// <param name="DueDate">Last day to answer: one month, rolled past non-working days.</param>
/// <param name="ExtendedDueDate">Last day if the period is extended: three months from the same start, rolled the same way.</param>
/// <param name="ExtensionNoticeBy">Last day to tell the person of an extension with reasons; equal to <paramref name="DueDate"/>.</param>
/// <param name="Calendar">Code of the non-working-day calendar used.</param>
/// <param name="ClockPolicy">The clock policy in force when this was computed.</param>
/// <param name="TimeZoneId">IANA zone of the controller.</param>
/// <param name="Provisional">True while the clock waits for identity verification: the dates are counted from receipt and will move.</param>
/// <param name="Explanation">Every step, structured and in sentences.</param>
public sealed record DeadlineCalculation(
    DateOnly ReceivedLocalDate,
    DateOnly ClockStartLocalDate,
    DateOnly DueDate,
    DateOnly ExtendedDueDate,
    DateOnly ExtensionNoticeBy,
    string Calendar,
    ClockPolicy ClockPolicy,
    string TimeZoneId,
    bool Provisional,
    DeadlineExplanation Explanation)
{
    /// <summary>The instant the answer period expires: the start of the day after <see cref="DueDate"/>, locally.</summary>
    public DateTimeOffset DueAt => StatutoryClock.EndOfLocalDay(DueDate, TimeZoneId);

    /// <summary>The instant the extended period expires.</summary>
    public DateTimeOffset ExtendedDueAt => StatutoryClock.EndOfLocalDay(ExtendedDueDate, TimeZoneId);

    /// <summary>The instant after which an extension can no longer be notified.</summary>
    public DateTimeOffset ExtensionNoticeDeadline => StatutoryClock.EndOfLocalDay(ExtensionNoticeBy, TimeZoneId);
}
