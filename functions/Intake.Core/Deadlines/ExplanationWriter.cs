using System.Globalization;
using System.Text;
using Intake.Core.Calendars;

namespace Intake.Core.Deadlines;

/// <summary>Puts a deadline calculation into English sentences a privacy officer can check by hand.</summary>
internal static class ExplanationWriter
{
    public const string Rule =
        "GDPR Article 12(3): answer within one month of receipt; the same Article 12(3) allows the period to be extended by two further "
        + "months where necessary, if the person is told of the extension, with the reasons, within one month of receipt. Periods are counted under Regulation "
        + "(EEC, Euratom) No 1182/71, Article 3: the day of the event is not counted, a period of months ends on the same date of "
        + "the last month (or that month's last day when the date does not exist), and a period ending on a Saturday, Sunday "
        + "or public holiday ends at the end of the next working day.";

    public static string Write(
        RuleBasedCalendar calendar,
        TimeZoneInfo zone,
        DateTimeOffset receivedAt,
        DateOnly receivedLocalDate,
        ClockStart start,
        MonthPeriod due,
        MonthPeriod extended)
    {
        var text = new StringBuilder();
        text.Append(Rule);
        text.Append(CultureInfo.InvariantCulture, $" Calendar: {calendar.Code}, {calendar.Name}.");
        foreach (var note in calendar.Notes)
        {
            text.Append(' ').Append(note);
        }

        text.Append(CultureInfo.InvariantCulture,
            $" Time zone: {zone.Id}. The request was received at {Text.Instant(receivedAt)}, which is {Text.Day(receivedLocalDate)} there; the day of receipt is not counted.");
        text.Append(' ').Append(start.Sentence);
        AppendPeriod(text, due, "Due date", zone);
        AppendPeriod(text, extended, "Extended due date", zone);
        text.Append(CultureInfo.InvariantCulture,
            $" An extension must be notified within the first month, so by the end of the due date, {Text.Day(due.End)}.");
        return text.ToString();
    }

    private static void AppendPeriod(StringBuilder text, MonthPeriod period, string label, TimeZoneInfo zone)
    {
        var length = period.Months switch
        {
            1 => "One month",
            3 => "Three months",
            _ => $"{period.Months.ToString(CultureInfo.InvariantCulture)} months",
        };
        text.Append(CultureInfo.InvariantCulture, $" {length} from {Text.Day(period.CountedFrom)}: ");
        if (period.ClampedToMonthEnd)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Text.MonthName(period.NominalEnd.Month)} {period.NominalEnd.Year.ToString(CultureInfo.InvariantCulture)} has no day {period.CountedFrom.Day.ToString(CultureInfo.InvariantCulture)}, so the period reaches that month's last day, {Text.Day(period.NominalEnd)}.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"the same date is {Text.Day(period.NominalEnd)}.");
        }

        if (period.SkippedDays.Count > 0)
        {
            var skipped = string.Join(", ", period.SkippedDays.Select(Describe));
            text.Append(CultureInfo.InvariantCulture, $" Not working days, so skipped: {skipped}.");
        }

        var expiry = WallClock.EndOfDay(period.End, zone);
        text.Append(CultureInfo.InvariantCulture,
            $" {label}: {Text.Day(period.End)}, until the end of that day in {zone.Id} ({Text.Instant(expiry)}).");
    }

    private static string Describe(SkippedDay day) =>
        day.Reason == day.Date.DayOfWeek.ToString() ? Text.Day(day.Date) : $"{Text.Day(day.Date)} ({day.Reason})";
}
