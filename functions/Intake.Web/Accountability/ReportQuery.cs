using Intake.Core.Accountability;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Accountability;

/// <summary>
/// The period asked for in the URL: <c>period=2026-Q2</c> (or <c>2026</c>, <c>2026-06</c>), or
/// <c>from</c> and <c>to</c> as YYYY-MM-DD, <c>from</c> alone meaning up to today; nothing means
/// the current year to date. The texts typed are kept so a wrong date is shown back as typed.
/// </summary>
public sealed record ReportQuery(ReportPeriod? Period, string From, string To)
{
    public bool IsValid => Period is not null;

    public static ReportQuery Read(IQueryCollection query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        string named = query["period"].ToString();
        string from = query["from"].ToString().Trim();
        string to = query["to"].ToString().Trim();
        if (named.Length > 0)
        {
            return ReportPeriod.TryParseName(named, out var period) ? Of(period) : new ReportQuery(null, from, to);
        }

        if (from.Length == 0 && to.Length == 0)
        {
            return Of(ReportPeriod.YearToDate(today));
        }

        if (ReportPeriod.TryParseDate(from, out var first)
            && (to.Length == 0 ? today : ReportPeriod.TryParseDate(to, out var parsed) ? parsed : (DateOnly?)null) is { } last
            && first <= last)
        {
            return Of(new ReportPeriod(first, last));
        }

        return new ReportQuery(null, from, to);
    }

    /// <summary>The query string that asks for <paramref name="period"/>, for links and downloads.</summary>
    public static string QueryString(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"?from={ReportPeriod.FormatDate(period.From)}&to={ReportPeriod.FormatDate(period.To)}";
    }

    private static ReportQuery Of(ReportPeriod period) => new(period, ReportPeriod.FormatDate(period.From), ReportPeriod.FormatDate(period.To));
}
