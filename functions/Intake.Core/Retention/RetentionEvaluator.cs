using Intake.Core.Sources;

namespace Intake.Core.Retention;

/// <summary>Decides, row by row, whether a retention rule keeps data that would otherwise be erased.</summary>
public static class RetentionEvaluator
{
    /// <summary>
    /// The rule that keeps <paramref name="row"/> longest on <paramref name="today"/>, or null when
    /// no rule applies and the row may be erased. A rule without an end date outranks any date.
    /// A row whose date cannot be read is kept: deleting accounting records by mistake breaks the
    /// law, while keeping one restricted a little longer does not.
    /// </summary>
    public static RetentionDecision? Evaluate(IReadOnlyList<RetentionRule> rules, SourceRow row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(row);
        RetentionDecision? strongest = null;
        foreach (var rule in rules)
        {
            var decision = Apply(rule, row, today);
            if (decision is null)
            {
                continue;
            }

            if (strongest is null || Outlasts(decision, strongest))
            {
                strongest = decision;
            }
        }

        return strongest;
    }

    /// <summary>The last day a period keeps data counted from <paramref name="date"/>.</summary>
    public static DateOnly KeptUntil(RetentionPeriod period, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(period);
        var start = period.Anchor switch
        {
            RetentionAnchor.Date => date,
            RetentionAnchor.EndOfFinancialYear => FinancialYearEnd(period, date),
            RetentionAnchor.EndOfYearOfFinancialYearEnd => new DateOnly(FinancialYearEnd(period, date).Year, 12, 31),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period.Anchor, null),
        };

        // DateOnly.AddMonths clamps to the month's last day, as Regulation 1182/71 counts months.
        return start.AddYears(period.Years).AddMonths(period.Months);
    }

    private static RetentionDecision? Apply(RetentionRule rule, SourceRow row, DateOnly today)
    {
        if (rule.OnlyWhen is { } only && !Holds(only, row))
        {
            return null;
        }

        if (rule.KeepWhile is { } keepWhile)
        {
            return Holds(keepWhile, row) ? new RetentionDecision(rule, null) : null;
        }

        if (rule.Period is { } period)
        {
            if (!CellValue.TryGetDate(row.Get(period.DateColumn), out var date))
            {
                return new RetentionDecision(rule, null);
            }

            var until = KeptUntil(period, date);
            return until >= today ? new RetentionDecision(rule, until) : null;
        }

        return null;
    }

    private static bool Holds(RetentionCondition condition, SourceRow row) =>
        CellValue.Matches(row.Get(condition.Column), condition.EqualsValue);

    private static bool Outlasts(RetentionDecision candidate, RetentionDecision current) =>
        (candidate.KeptUntil, current.KeptUntil) switch
        {
            (null, not null) => true,
            (not null, not null) => candidate.KeptUntil > current.KeptUntil,
            _ => false,
        };

    private static DateOnly FinancialYearEnd(RetentionPeriod period, DateOnly date)
    {
        var day = Math.Min(period.FinancialYearEndDay, DateTime.DaysInMonth(date.Year, period.FinancialYearEndMonth));
        var endThisYear = new DateOnly(date.Year, period.FinancialYearEndMonth, day);
        if (date <= endThisYear)
        {
            return endThisYear;
        }

        var nextDay = Math.Min(period.FinancialYearEndDay, DateTime.DaysInMonth(date.Year + 1, period.FinancialYearEndMonth));
        return new DateOnly(date.Year + 1, period.FinancialYearEndMonth, nextDay);
    }
}
