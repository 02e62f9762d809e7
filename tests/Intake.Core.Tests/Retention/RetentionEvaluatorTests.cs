using FsCheck.Xunit;
using Intake.Core.DataMaps;
using Intake.Core.Requests;
using Intake.Core.Retention;
using Intake.Core.Sources;

namespace Intake.Core.Tests.Retention;

public sealed class RetentionEvaluatorTests
{
    private static readonly LocalizedText Text = new("fi", "sv", "en");

    private static readonly RetentionRule Vouchers = new(
        "vouchers", new("Tositteet", "Verifikationer", "Vouchers"), new("KPL 2:10", "BokfL 2:10", "Accounting Act ch. 2 § 10"),
        new RetentionPeriod("ordered_at", 6, 0, RetentionAnchor.EndOfYearOfFinancialYearEnd), null, null);

    private static readonly RetentionRule Books = new(
        "books", Text, Text, new RetentionPeriod("booked_at", 10, 0, RetentionAnchor.EndOfFinancialYear), null, null);

    private static readonly RetentionRule ContestPrize = new(
        "prize", Text, Text, null, new RetentionCondition("prize_delivered", false), new RetentionCondition("is_winner", true));

    private static readonly RetentionRule LegalHold = new(
        "hold", Text, Text, null, new RetentionCondition("legal_hold", true), null);

    [Fact]
    public void Web_shop_order_is_kept_six_years_from_the_end_of_the_year_it_was_booked()
    {
        var row = Row(("ordered_at", "2025-11-20"));

        var decision = RetentionEvaluator.Evaluate([Vouchers], row, new DateOnly(2026, 6, 15));

        Assert.Equal(new DateOnly(2031, 12, 31), decision!.KeptUntil);
    }

    [Fact]
    public void Order_from_2017_is_past_its_voucher_period_in_2026_and_may_be_erased()
    {
        Assert.Null(RetentionEvaluator.Evaluate([Vouchers], Row(("ordered_at", "2017-03-10")), new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void Voucher_is_still_kept_on_the_last_day_of_its_period()
    {
        var row = Row(("ordered_at", "2019-07-01"));

        Assert.NotNull(RetentionEvaluator.Evaluate([Vouchers], row, new DateOnly(2025, 12, 31)));
        Assert.Null(RetentionEvaluator.Evaluate([Vouchers], row, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Voucher_of_a_financial_year_ending_in_june_counts_from_the_end_of_that_calendar_year()
    {
        // Financial year 1.7.2025–30.6.2026 ends in 2026: vouchers to 31.12.2032.
        var period = new RetentionPeriod("d", 6, 0, RetentionAnchor.EndOfYearOfFinancialYearEnd, 6, 30);

        Assert.Equal(new DateOnly(2032, 12, 31), RetentionEvaluator.KeptUntil(period, new DateOnly(2025, 8, 1)));
        Assert.Equal(new DateOnly(2031, 12, 31), RetentionEvaluator.KeptUntil(period, new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void Books_are_kept_ten_years_from_the_end_of_the_financial_year()
    {
        var period = new RetentionPeriod("d", 10, 0, RetentionAnchor.EndOfFinancialYear, 6, 30);

        Assert.Equal(new DateOnly(2036, 6, 30), RetentionEvaluator.KeptUntil(period, new DateOnly(2025, 8, 1)));
        Assert.Equal(new DateOnly(2035, 12, 31), RetentionEvaluator.KeptUntil(Books.Period!, new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void Feedback_given_on_29_february_is_kept_to_28_february_a_year_later()
    {
        var period = new RetentionPeriod("given_at", 1, 0, RetentionAnchor.Date);

        Assert.Equal(new DateOnly(2025, 2, 28), RetentionEvaluator.KeptUntil(period, new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void Winners_entry_is_kept_until_the_prize_is_delivered()
    {
        var today = new DateOnly(2026, 6, 15);

        Assert.NotNull(RetentionEvaluator.Evaluate([ContestPrize], Row(("is_winner", true), ("prize_delivered", false)), today));
        Assert.Null(RetentionEvaluator.Evaluate([ContestPrize], Row(("is_winner", true), ("prize_delivered", true)), today));
        Assert.Null(RetentionEvaluator.Evaluate([ContestPrize], Row(("is_winner", false), ("prize_delivered", false)), today));
    }

    [Fact]
    public void Sqlite_zero_and_one_count_as_false_and_true()
    {
        var decision = RetentionEvaluator.Evaluate([LegalHold], Row(("legal_hold", 1L)), new DateOnly(2026, 6, 15));

        Assert.NotNull(decision);
        Assert.Null(decision.KeptUntil);
        Assert.Null(RetentionEvaluator.Evaluate([LegalHold], Row(("legal_hold", 0L)), new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void Open_ended_hold_outranks_a_dated_rule()
    {
        var row = Row(("ordered_at", "2025-11-20"), ("legal_hold", true));

        var decision = RetentionEvaluator.Evaluate([Vouchers, LegalHold], row, new DateOnly(2026, 6, 15));

        Assert.Equal("hold", decision!.Rule.Id);
    }

    [Fact]
    public void Later_date_wins_between_two_dated_rules()
    {
        var row = Row(("ordered_at", "2025-11-20"), ("booked_at", "2025-11-20"));

        var decision = RetentionEvaluator.Evaluate([Vouchers, Books], row, new DateOnly(2026, 6, 15));

        Assert.Equal(new DateOnly(2035, 12, 31), decision!.KeptUntil);
    }

    [Fact]
    public void Row_whose_date_cannot_be_read_is_kept_rather_than_erased()
    {
        var decision = RetentionEvaluator.Evaluate([Vouchers], Row(("ordered_at", "last spring")), new DateOnly(2026, 6, 15));

        Assert.NotNull(decision);
        Assert.Null(decision.KeptUntil);
    }

    [Fact]
    public void Summary_groups_kept_rows_by_rule_with_the_ground_in_the_persons_language()
    {
        var summary = new KeptDataSummary();
        summary.Add(new RetentionDecision(Vouchers, new DateOnly(2031, 12, 31)));
        summary.Add(new RetentionDecision(Vouchers, new DateOnly(2032, 12, 31)));

        var kept = Assert.Single(summary.ToKeptData(Language.Sv));

        Assert.Equal(new KeptData("Verifikationer", 2, "BokfL 2:10", new DateOnly(2032, 12, 31)), kept);
        Assert.Equal(2, summary.Rows);
    }

    [Property]
    public bool Kept_until_is_never_before_the_date_it_counts_from(DateTime date, byte years, byte month)
    {
        var day = DateOnly.FromDateTime(date.Date);
        var period = new RetentionPeriod("d", years % 20, 0, (RetentionAnchor)(years % 3), (month % 12) + 1, 28);
        if (day.Year > 9000)
        {
            return true;
        }

        return RetentionEvaluator.KeptUntil(period, day) >= day;
    }

    [Property]
    public bool A_later_date_is_never_released_earlier(DateTime first, ushort daysLater)
    {
        var a = DateOnly.FromDateTime(first.Date);
        if (a.Year > 9000)
        {
            return true;
        }

        var b = a.AddDays(daysLater);
        return RetentionEvaluator.KeptUntil(Vouchers.Period!, b) >= RetentionEvaluator.KeptUntil(Vouchers.Period!, a);
    }

    private static SourceRow Row(params (string Name, object? Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, object?>(f.Name, f.Value)));
}
