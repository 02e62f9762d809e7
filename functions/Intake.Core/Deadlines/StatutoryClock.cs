using Intake.Core.Calendars;

namespace Intake.Core.Deadlines;

/// <summary>
/// The statutory clock of GDPR Art 12(3), counted under Regulation 1182/71. Pure: every
/// instant comes in as an argument, so the decider may call it during replay.
/// </summary>
public static class StatutoryClock
{
    /// <summary>
    /// The due date, extended due date and extension-notice cut-off of a request received at
    /// <paramref name="receivedAt"/>, with an explanation of each step.
    /// </summary>
    /// <param name="receivedAt">When the request reached the controller (any offset; it is converted to the controller's zone).</param>
    /// <param name="policy">Calendar, zone and clock policy of the controller.</param>
    /// <param name="verifiedAt">
    /// When identity was verified, if it was. Only <see cref="ClockPolicy.PausedUntilVerified"/>
    /// counts from it; a verification before receipt counts from receipt.
    /// </param>
    /// <exception cref="ArgumentException">The calendar code is unknown.</exception>
    /// <exception cref="TimeZoneNotFoundException">The time zone id is unknown on this machine.</exception>
    public static DeadlineCalculation Compute(DateTimeOffset receivedAt, DeadlinePolicy policy, DateTimeOffset? verifiedAt = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var calendar = HolidayCalendars.Find(policy.CalendarCode);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(policy.TimeZoneId);

        var receivedLocalDate = WallClock.DateOf(receivedAt, zone);
        var start = ClockStart.Decide(policy.ClockPolicy, receivedAt, receivedLocalDate, verifiedAt, zone);

        // Both periods run from the same start: "two further months" make three months counted
        // from receipt, not two months added to a due date that was already rolled forward.
        var due = MonthPeriod.Count(start.Date, 1, calendar);
        var extended = MonthPeriod.Count(start.Date, 3, calendar);

        // The person must be told of an extension "within one month of receipt": the notice
        // cut-off is the end of the (rolled) one-month period, i.e. the due date itself.
        var extensionNoticeBy = due.End;

        var explanation = new DeadlineExplanation(
            ExplanationWriter.Rule,
            calendar.Code,
            calendar.Name,
            calendar.Notes,
            policy.TimeZoneId,
            receivedAt,
            receivedLocalDate,
            policy.ClockPolicy,
            verifiedAt,
            start.Date,
            start.Provisional,
            due,
            extended,
            extensionNoticeBy,
            ExplanationWriter.Write(calendar, zone, receivedAt, receivedLocalDate, start, due, extended));

        return new DeadlineCalculation(
            receivedLocalDate,
            start.Date,
            due.End,
            extended.End,
            extensionNoticeBy,
            calendar.Code,
            policy.ClockPolicy,
            policy.TimeZoneId,
            start.Provisional,
            explanation);
    }

    /// <summary>
    /// The instant a period ending on <paramref name="date"/> expires: the start of the next
    /// local day in the zone (on a daylight-saving change day, the first instant of that day).
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone id is unknown on this machine.</exception>
    public static DateTimeOffset EndOfLocalDay(DateOnly date, string timeZoneId) =>
        WallClock.EndOfDay(date, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>The calendar date of <paramref name="instant"/> on the wall clock of the zone.</summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone id is unknown on this machine.</exception>
    public static DateOnly LocalDate(DateTimeOffset instant, string timeZoneId) =>
        WallClock.DateOf(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
}
