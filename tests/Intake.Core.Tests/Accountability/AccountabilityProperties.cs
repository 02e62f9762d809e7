using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Core.Accountability;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using static Intake.Core.Tests.Accountability.ReportedSummaries;

namespace Intake.Core.Tests.Accountability;

/// <summary>Any history of requests in any stage: received during 2026, due a month on, answered (if at all) up to 90 days later.</summary>
public sealed record History(IReadOnlyList<RequestSummary> Summaries)
{
    public override string ToString() => $"{Summaries.Count} requests";
}

public static class AccountabilityArbitraries
{
    public static Arbitrary<History> History()
    {
        var summary =
            from day in Gen.Choose(0, 364)
            from minute in Gen.Choose(0, (24 * 60) - 1)
            from type in Gen.Elements(Enum.GetValues<RequestType>())
            from channel in Gen.Elements(Enum.GetValues<Channel>())
            from stage in Gen.Elements(Enum.GetValues<Stage>())
            from endedAs in Gen.Elements<Stage?>(null, Stage.Delivered, Stage.Completed, Stage.Refused, Stage.Withdrawn, Stage.ClosedUnverified)
            from answerDays in Gen.Choose(0, 90)
            from ground in Gen.Elements<RefusalGround?>([null, .. Enum.GetValues<RefusalGround>().Cast<RefusalGround?>()])
            from repeat in Gen.Elements(true, false)
            from extended in Gen.Elements(true, false)
            select Make(day, minute, type, channel, stage, endedAs, answerDays, ground, repeat, extended);
        return Gen.ListOf(summary).Select(list => new History([.. list])).ToArbitrary();
    }

    private static RequestSummary Make(int day, int minute, RequestType type, Channel channel, Stage stage, Stage? endedAs, int answerDays, RefusalGround? ground, bool repeat, bool extended)
    {
        var received = Local(2026, 1, 1, 0).AddDays(day).AddMinutes(minute);
        var receivedDate = DateOnly.FromDateTime(received.UtcDateTime);
        var due = type == RequestType.Contact ? (DateOnly?)null : receivedDate.AddMonths(extended ? 3 : 1);
        var answered = received.AddDays(answerDays);
        var summary = Received(received, due, type, channel) with
        {
            Stage = stage,
            EndedAs = stage == Stage.Purged ? endedAs : null,
            DeliveredAt = stage is Stage.Delivered || endedAs is Stage.Delivered ? answered : null,
            ClosedAt = stage.IsClosed() ? answered : null,
            RefusalGround = ground,
            Repeat = repeat,
            Extended = extended,
            ExtensionReason = extended && stage != Stage.Purged ? "reason " + (day % 3) : null,
        };
        return summary;
    }
}

[Properties(Arbitrary = [typeof(AccountabilityArbitraries)], MaxTest = 200)]
public sealed class AccountabilityProperties
{
    private static AccountabilityReport Year(History history) =>
        AccountabilityReport.From(history.Summaries, Clewer, ReportPeriod.Year(2026), Local(2026, 9, 1));

    [Property]
    public bool Counts_by_outcome_type_and_channel_each_sum_to_the_total(History history)
    {
        var report = Year(history);
        return report.ByOutcome.Sum(tally => tally.Count) == report.Total
            && report.ByType.Sum(tally => tally.Count) == report.Total
            && report.ByChannel.Sum(tally => tally.Count) == report.Total
            && report.Total == history.Summaries.Count;
    }

    [Property]
    public bool Purged_counts_never_exceed_their_outcome(History history) =>
        Year(history).ByOutcome.All(tally => tally.Purged >= 0 && tally.Purged <= tally.Count);

    [Property]
    public bool The_on_time_share_is_between_0_and_1_and_none_without_answers(History history)
    {
        var timeliness = Year(history).Timeliness;
        return timeliness.OnTimeShare is { } share
            ? share >= 0 && share <= 1 && timeliness.Judged > 0
            : timeliness.Judged == 0;
    }

    [Property]
    public bool The_median_and_95th_percentile_lie_between_the_shortest_and_the_longest(History history)
    {
        var days = Year(history).DaysToAnswer;
        return days.Count == 0
            ? days.Median is null && days.Min is null
            : days.Min <= days.Median && days.Median <= days.Max && days.Min <= days.Percentile95 && days.Percentile95 <= days.Max && days.Median <= days.Percentile95 + 0.5;
    }

    [Property]
    public bool Judged_answers_and_refusals_never_exceed_their_outcomes(History history)
    {
        var report = Year(history);
        var answers = report.Count(RequestOutcome.Answered) + report.Count(RequestOutcome.Refused);
        return report.Timeliness.Judged + report.Timeliness.WithoutDueDate + report.Timeliness.WithoutAnswerTime == answers
            && report.Refusals.ByGround.Sum(tally => tally.Count) + report.Refusals.GroundNotRecorded == report.Count(RequestOutcome.Refused)
            && report.Timeliness.OpenOverdue + report.Timeliness.OpenWithinTime == report.Count(RequestOutcome.Open)
            && report.DaysToAnswer.Count == report.Timeliness.Judged;
    }

    [Property]
    public bool Extensions_are_told_with_a_reason_or_as_without_one(History history)
    {
        var extensions = Year(history).Extensions;
        return extensions.Reasons.Sum(reason => reason.Count) + extensions.ReasonRemovedAtPurge + extensions.ReasonNotRecorded == extensions.Extended;
    }

    [Property]
    public bool Purging_never_changes_the_figures_of_a_period(History history)
    {
        var before = Year(history);
        var after = AccountabilityReport.From(history.Summaries.Select(summary => summary.Stage.IsClosed() || summary.Stage == Stage.Delivered ? summary.Purged() : summary), Clewer, ReportPeriod.Year(2026), Local(2026, 9, 1));
        return before.ByOutcome.Select(tally => tally.Count).SequenceEqual(after.ByOutcome.Select(tally => tally.Count))
            && before.Timeliness == after.Timeliness
            && before.DaysToAnswer == after.DaysToAnswer
            && before.Extensions.Extended == after.Extensions.Extended;
    }
}
