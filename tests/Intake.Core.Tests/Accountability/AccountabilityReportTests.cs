using Intake.Core.Accountability;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Sources;
using static Intake.Core.Tests.Accountability.ReportedSummaries;

namespace Intake.Core.Tests.Accountability;

public sealed class AccountabilityReportTests
{
    private static readonly ReportPeriod SecondQuarter = ReportPeriod.Quarter(2026, 2);
    private static readonly DateTimeOffset Now = Local(2026, 10, 1);

    private static AccountabilityReport Report(params RequestSummary[] summaries) => Report(SecondQuarter, summaries);

    private static AccountabilityReport Report(ReportPeriod period, params RequestSummary[] summaries) =>
        AccountabilityReport.From(summaries, Clewer, period, Now);

    [Fact]
    public void A_request_received_after_midsummer_and_answered_on_the_rolled_due_date_is_on_time_after_32_days()
    {
        // Received Thursday 18 June 2026, the eve of Midsummer Eve. One month on is Saturday
        // 18 July, so the due date rolls to Monday 20 July; the answer goes out that afternoon.
        var request = Received(Local(2026, 6, 18, 10), new DateOnly(2026, 7, 20)).Delivered(Local(2026, 7, 20, 15));

        var report = Report(request);

        Assert.Equal(1, report.Timeliness.OnTime);
        Assert.Equal(0, report.Timeliness.Late);
        Assert.Equal(1.0, report.Timeliness.OnTimeShare);
        Assert.Equal(new DaysToAnswer(1, 32, 32, 32, 32), report.DaysToAnswer);
    }

    [Fact]
    public void An_answer_in_the_last_minute_of_the_due_date_is_on_time_and_one_just_after_midnight_is_late()
    {
        var due = new DateOnly(2026, 5, 4);
        var lastMinute = Received(Local(2026, 4, 2), due).Delivered(Local(2026, 5, 4, 23, 59));
        var pastMidnight = Received(Local(2026, 4, 2), due).Delivered(Local(2026, 5, 5, 0, 1));

        var report = Report(lastMinute, pastMidnight);

        Assert.Equal(1, report.Timeliness.OnTime);
        Assert.Equal(1, report.Timeliness.Late);
        Assert.Equal(0.5, report.Timeliness.OnTimeShare);
    }

    [Fact]
    public void The_extended_due_date_is_the_one_in_force()
    {
        // Received Wednesday 1 April; a month on is May Day, so due Monday 4 May; extended by two
        // further months to Monday 6 July. Answered 30 June: late against the first due date, on time.
        var extended = Received(Local(2026, 4, 1), new DateOnly(2026, 5, 4))
            .ExtendedTo(new DateOnly(2026, 7, 6), "Many sources to search")
            .Delivered(Local(2026, 6, 30));

        var report = Report(extended);

        Assert.Equal(1, report.Timeliness.OnTime);
        Assert.Equal(1, report.Extensions.Extended);
        Assert.Equal([new ReasonTally("Many sources to search", 1)], report.Extensions.Reasons.ToArray());
    }

    [Fact]
    public void The_period_is_judged_on_the_controllers_calendar_not_in_utc()
    {
        // 31 March 22:30 UTC is already 1 April in Helsinki (UTC+3 in summer time); 30 June
        // 21:30 UTC is 1 July.
        var firstOfApril = Received(new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero), new DateOnly(2026, 5, 4));
        var firstOfJuly = Received(new DateTimeOffset(2026, 6, 30, 21, 30, 0, TimeSpan.Zero), new DateOnly(2026, 8, 3));
        var lastOfMarch = Received(new DateTimeOffset(2026, 3, 31, 20, 59, 0, TimeSpan.Zero), new DateOnly(2026, 4, 30));

        var report = Report(firstOfApril, firstOfJuly, lastOfMarch);

        Assert.Equal(1, report.Total);
    }

    [Fact]
    public void Days_to_answer_count_calendar_dates_so_a_late_evening_receipt_answered_next_morning_is_one_day()
    {
        var request = Received(Local(2026, 4, 14, 23, 50), new DateOnly(2026, 5, 14)).Completed(Local(2026, 4, 15, 8, 10));

        Assert.Equal(1, Report(request).DaysToAnswer.Median);
    }

    [Fact]
    public void Refusals_are_answers_counted_by_ground_and_repeats_refused_as_excessive_are_told_apart()
    {
        var excessiveRepeat = Received(Local(2026, 4, 7), new DateOnly(2026, 5, 7)).Refused(Local(2026, 4, 20), RefusalGround.ManifestlyExcessive) with { Repeat = true };
        var excessiveFirst = Received(Local(2026, 4, 8), new DateOnly(2026, 5, 8)).Refused(Local(2026, 4, 21), RefusalGround.ManifestlyExcessive);
        var identity = Received(Local(2026, 4, 9), new DateOnly(2026, 5, 11)).Refused(Local(2026, 5, 12), RefusalGround.IdentityNotEstablished);
        var repeatAnswered = Received(Local(2026, 4, 10), new DateOnly(2026, 5, 11)).Delivered(Local(2026, 4, 30)) with { Repeat = true };
        var noGround = Received(Local(2026, 4, 13), new DateOnly(2026, 5, 13)).Refused(Local(2026, 4, 14), null);

        var report = Report(excessiveRepeat, excessiveFirst, identity, repeatAnswered, noGround);

        Assert.Equal(4, report.Count(RequestOutcome.Refused));
        Assert.Equal(2, report.Refusals.Count(RefusalGround.ManifestlyExcessive));
        Assert.Equal(1, report.Refusals.Count(RefusalGround.IdentityNotEstablished));
        Assert.Equal(0, report.Refusals.Count(RefusalGround.ErasureException));
        Assert.Equal(1, report.Refusals.GroundNotRecorded);
        Assert.Equal(new RepeatFigures(2, 1, 2), report.Repeats);
        Assert.Equal(4, report.Timeliness.OnTime);
        Assert.Equal(1, report.Timeliness.Late);
    }

    [Fact]
    public void A_purged_request_counts_under_the_outcome_it_ended_with_and_its_extension_reason_is_gone()
    {
        var purged = Received(Local(2026, 4, 2), new DateOnly(2026, 5, 4))
            .ExtendedTo(new DateOnly(2026, 7, 6), "The person's name is Matti")
            .Delivered(Local(2026, 6, 1))
            .Purged();
        var purgedWithoutEnding = Received(Local(2026, 4, 3), new DateOnly(2026, 5, 4)) with { Stage = Stage.Purged };

        var report = Report(purged, purgedWithoutEnding);

        Assert.Equal(new OutcomeTally(RequestOutcome.Answered, 1, 1), report.ByOutcome.Single(t => t.Outcome == RequestOutcome.Answered));
        Assert.Equal(new OutcomeTally(RequestOutcome.Unknown, 1, 1), report.ByOutcome.Single(t => t.Outcome == RequestOutcome.Unknown));
        Assert.Equal(1, report.Timeliness.OnTime);
        Assert.Equal(1, report.Extensions.Extended);
        Assert.Empty(report.Extensions.Reasons);
        Assert.Equal(1, report.Extensions.ReasonRemovedAtPurge);
        Assert.Equal(0, report.Extensions.ReasonNotRecorded);
    }

    [Fact]
    public void Open_requests_are_judged_overdue_at_the_time_of_the_report()
    {
        var overdue = Received(Local(2026, 6, 1), new DateOnly(2026, 7, 1));
        var dueLater = Received(Local(2026, 6, 29), new DateOnly(2026, 10, 1)) with { Stage = Stage.InProgress };
        var failing = Received(Local(2026, 6, 2), new DateOnly(2026, 7, 2)) with { Stage = Stage.Error };

        var report = Report(overdue, dueLater, failing);

        Assert.Equal(3, report.Count(RequestOutcome.Open));
        Assert.Equal(2, report.Timeliness.OpenOverdue);
        Assert.Equal(1, report.Timeliness.OpenWithinTime);
        Assert.Null(report.Timeliness.OnTimeShare);
        Assert.Equal(new DaysToAnswer(0, null, null, null, null), report.DaysToAnswer);
    }

    [Fact]
    public void Contact_messages_are_counted_but_not_judged_for_time()
    {
        var contact = Received(Local(2026, 5, 5), null, RequestType.Contact, Channel.Email).Completed(Local(2026, 8, 1));

        var report = Report(contact);

        Assert.Equal(1, report.ByType.Single(t => t.Key == RequestType.Contact).Count);
        Assert.Equal(1, report.ByChannel.Single(t => t.Key == Channel.Email).Count);
        Assert.Equal(1, report.Count(RequestOutcome.Answered));
        Assert.Equal(1, report.Timeliness.WithoutDueDate);
        Assert.Equal(0, report.Timeliness.Judged);
        Assert.Equal(0, report.DaysToAnswer.Count);
    }

    [Fact]
    public void Withdrawn_and_unverified_requests_are_neither_answers_nor_open()
    {
        var withdrawn = Received(Local(2026, 5, 5), new DateOnly(2026, 6, 5)).Withdrawn(Local(2026, 5, 6));
        var unverified = Received(Local(2026, 5, 6), new DateOnly(2026, 6, 8)).Unverified(Local(2026, 5, 20));

        var report = Report(withdrawn, unverified);

        Assert.Equal(1, report.Count(RequestOutcome.Withdrawn));
        Assert.Equal(1, report.Count(RequestOutcome.ClosedUnverified));
        Assert.Equal(0, report.Timeliness.Judged);
        Assert.Equal(0, report.Timeliness.OpenOverdue + report.Timeliness.OpenWithinTime);
    }

    [Fact]
    public void Kept_back_data_is_summed_by_retention_rule_in_rows_and_requests()
    {
        var bookkeeping = "Accounting Act 2:10 (6 years)";
        var claims = "Limitation of claims (3 years)";
        var first = Received(Local(2026, 4, 20), new DateOnly(2026, 5, 20), RequestType.Erasure).Completed(Local(2026, 5, 2)) with
        {
            KeptBack = [new KeptData("invoices", 12, bookkeeping, new DateOnly(2032, 12, 31)), new KeptData("payments", 3, bookkeeping, null), new KeptData("disputes", 1, claims, null)],
        };
        var second = Received(Local(2026, 4, 21), new DateOnly(2026, 5, 21), RequestType.Erasure).Completed(Local(2026, 5, 3)) with
        {
            KeptBack = [new KeptData("invoices", 4, bookkeeping, null)],
        };
        var clean = Received(Local(2026, 4, 22), new DateOnly(2026, 5, 22), RequestType.Erasure).Completed(Local(2026, 5, 4));

        var report = Report(first, second, clean).KeptBack;

        Assert.Equal(3, report.Erasures);
        Assert.Equal(2, report.RequestsWithKeptData);
        Assert.Equal([new KeptBackTally(bookkeeping, 2, 19), new KeptBackTally(claims, 1, 1)], report.ByRule.ToArray());
    }

    [Fact]
    public void Requests_of_another_controller_are_not_counted()
    {
        var ours = Received(Local(2026, 4, 20), new DateOnly(2026, 5, 20));
        var theirs = Received(Local(2026, 4, 20), new DateOnly(2026, 5, 20), controller: "clerica");

        Assert.Equal(1, Report(ours, theirs).Total);
    }

    [Fact]
    public void Every_type_channel_outcome_and_ground_is_listed_even_when_none_occurred()
    {
        var report = Report();

        Assert.Equal(0, report.Total);
        Assert.Equal(Enum.GetValues<RequestType>().Length, report.ByType.Length);
        Assert.Equal(Enum.GetValues<Channel>().Length, report.ByChannel.Length);
        Assert.Equal(Enum.GetValues<RequestOutcome>().Length, report.ByOutcome.Length);
        Assert.Equal(Enum.GetValues<RefusalGround>().Length, report.Refusals.ByGround.Length);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values_and_the_95th_percentile_is_a_nearest_rank()
    {
        Assert.Equal(new DaysToAnswer(20, 1, 10.5, 19, 20), DaysToAnswer.Of(Enumerable.Range(1, 20)));
        Assert.Equal(new DaysToAnswer(3, 2, 5, 30, 30), DaysToAnswer.Of([30, 2, 5]));
        Assert.Equal(100, DaysToAnswer.Of(Enumerable.Range(1, 100)).Percentile95 + 5);
        Assert.Equal(21, DaysToAnswer.Of([21]).Percentile95);
    }

    [Fact]
    public void Figures_name_dimensions_as_the_api_does_and_write_shares_invariantly()
    {
        var request = Received(Local(2026, 6, 18, 10), new DateOnly(2026, 7, 20), RequestType.ObjectionToDirectMarketing).Delivered(Local(2026, 7, 20, 15));
        var late = Received(Local(2026, 6, 18, 10), new DateOnly(2026, 7, 20)).Delivered(Local(2026, 7, 21, 15));
        var third = Received(Local(2026, 6, 18, 10), new DateOnly(2026, 7, 20)).Delivered(Local(2026, 7, 1));

        var figures = ReportFigures.Of(Report(request, late, third));

        Assert.Contains(new ReportFigure("requests-by-type", "objection-direct-marketing", "1"), figures);
        Assert.Contains(new ReportFigure("requests-by-channel", "web-form", "3"), figures);
        Assert.Contains(new ReportFigure("requests-by-outcome", "closed-unverified", "0"), figures);
        Assert.Contains(new ReportFigure("timeliness", "on-time-share", "0.6667"), figures);
        Assert.Contains(new ReportFigure("days-to-answer", "median", "32"), figures);
        Assert.Contains(new ReportFigure("refusals-by-ground", "identity-not-established", "0"), figures);
    }
}
