using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Core.Accountability;

/// <summary>
/// The days whose requests the accountability report counts: calendar dates in the controller's
/// time zone, both ends included, so "the second quarter" means what the office's own calendar
/// says, not what UTC says.
/// </summary>
public sealed partial record ReportPeriod
{
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("A period cannot end before it starts.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= From && date <= To;

    public static ReportPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(start, start.AddMonths(3).AddDays(-1));
    }

    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>
    /// The period shown when none is asked for: 1 January of the current year to today. A DPO's
    /// yearly account to management and the authority's questions are both "this year so far",
    /// and today's requests are already in it.
    /// </summary>
    public static ReportPeriod YearToDate(DateOnly today) => new(new DateOnly(today.Year, 1, 1), today);

    public static ReportPeriod PreviousMonth(DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return Month(start.Year, start.Month);
    }

    public static ReportPeriod PreviousQuarter(DateOnly today)
    {
        var start = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
        return Quarter(start.Year, ((start.Month - 1) / 3) + 1);
    }

    public static ReportPeriod PreviousYear(DateOnly today) => Year(today.Year - 1);

    /// <summary>
    /// A named period: <c>2026</c>, <c>2026-Q2</c> or <c>2026-06</c>. Unknown shapes give
    /// <c>false</c>, never an exception, since the text comes from a URL.
    /// </summary>
    public static bool TryParseName(string? name, [NotNullWhen(true)] out ReportPeriod? period)
    {
        period = null;
        var match = NamePattern().Match(name?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        if (match.Groups["quarter"].Success)
        {
            period = Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        }
        else if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            period = Month(year, month);
        }
        else
        {
            period = Year(year);
        }

        return true;
    }

    /// <summary>A date as the form and the URL write it (ISO 8601, <c>YYYY-MM-DD</c>).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => $"{FormatDate(From)}..{FormatDate(To)}";

    [GeneratedRegex("^(?<year>[0-9]{4})(?:-Q(?<quarter>[1-4])|-(?<month>[0-9]{2}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();
}
