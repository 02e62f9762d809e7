using System.Collections.Immutable;
using Intake.Core.DataControllers;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Core.Accountability;

/// <summary>
/// How one controller handled the requests it received in a period — the figures a privacy office
/// shows its management and the supervisory authority to account for its handling of data subject
/// requests (Art 5(2)). Computed from the non-personal request summaries alone, so purged requests
/// are still counted. Every figure is about the requests <em>received</em> in the period, whenever
/// they ended; open ones are judged at <see cref="Now"/>.
/// </summary>
public sealed record AccountabilityReport
{
    public required ControllerId Controller { get; init; }

    public required ReportPeriod Period { get; init; }

    /// <summary>The zone whose calendar the period and the day counts follow.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>When the figures were computed; "still open" and "overdue" are as at this instant.</summary>
    public required DateTimeOffset Now { get; init; }

    public required int Total { get; init; }

    /// <summary>Every request type, zeros included, in the order of <see cref="RequestType"/>.</summary>
    public required ImmutableArray<Tally<RequestType>> ByType { get; init; }

    public required ImmutableArray<Tally<Channel>> ByChannel { get; init; }

    /// <summary>Every outcome, zeros included; the counts add up to <see cref="Total"/>.</summary>
    public required ImmutableArray<OutcomeTally> ByOutcome { get; init; }

    public required Timeliness Timeliness { get; init; }

    public required DaysToAnswer DaysToAnswer { get; init; }

    public required ExtensionFigures Extensions { get; init; }

    public required RefusalFigures Refusals { get; init; }

    public required RepeatFigures Repeats { get; init; }

    public required KeptBackFigures KeptBack { get; init; }

    public int Count(RequestOutcome outcome) => ByOutcome.Single(tally => tally.Outcome == outcome).Count;

    /// <summary>The report over the requests of <paramref name="controller"/> received in <paramref name="period"/>; summaries of other controllers are ignored.</summary>
    public static AccountabilityReport From(IEnumerable<RequestSummary> summaries, Controller controller, ReportPeriod period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(period);
        var zone = controller.TimeZoneId;
        var received = summaries
            .Where(summary => string.Equals(summary.Controller, controller.Id.Value, StringComparison.Ordinal)
                && period.Contains(StatutoryClock.LocalDate(summary.ReceivedAt, zone)))
            .Select(summary => new Counted(summary, RequestOutcomes.Of(summary.Stage, summary.EndedAs)))
            .ToList();

        return new AccountabilityReport
        {
            Controller = controller.Id,
            Period = period,
            TimeZoneId = zone,
            Now = now,
            Total = received.Count,
            ByType = [.. Enum.GetValues<RequestType>().Select(type => new Tally<RequestType>(type, received.Count(r => r.Summary.Type == type)))],
            ByChannel = [.. Enum.GetValues<Channel>().Select(channel => new Tally<Channel>(channel, received.Count(r => r.Summary.Channel == channel)))],
            ByOutcome = [.. Enum.GetValues<RequestOutcome>().Select(outcome => new OutcomeTally(
                outcome,
                received.Count(r => r.Outcome == outcome),
                received.Count(r => r.Outcome == outcome && r.Summary.Stage == Stage.Purged)))],
            Timeliness = TimelinessOf(received, zone, now),
            DaysToAnswer = DaysOf(received, zone),
            Extensions = ExtensionsOf(received),
            Refusals = RefusalsOf(received),
            Repeats = new RepeatFigures(
                received.Count(r => r.Summary.Repeat),
                received.Count(r => r.Summary.Repeat && IsRefusedAsExcessive(r)),
                received.Count(IsRefusedAsExcessive)),
            KeptBack = KeptBackOf(received),
        };
    }

    /// <summary>
    /// The instant the person was answered: the delivery of the answer, or — for a request answered
    /// by acting (erasure, objection) or refused — the closing, when the closing letter went out.
    /// </summary>
    public static DateTimeOffset? AnsweredAt(RequestSummary summary, RequestOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return outcome switch
        {
            RequestOutcome.Answered => summary.DeliveredAt ?? summary.ClosedAt,
            RequestOutcome.Refused => summary.ClosedAt,
            _ => null,
        };
    }

    /// <summary>
    /// On time when answered before the due date in force has ended (the extended one after an
    /// extension) — the same boundary at which the overview marks an open request overdue.
    /// </summary>
    public static bool IsOnTime(RequestSummary summary, DateTimeOffset answeredAt, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.DueAt is { } dueAt
            ? answeredAt < dueAt
            : summary.DueDate is { } dueDate && StatutoryClock.LocalDate(answeredAt, timeZoneId) <= dueDate;
    }

    private static bool IsRefusedAsExcessive(Counted request) =>
        request.Outcome == RequestOutcome.Refused && request.Summary.RefusalGround == RefusalGround.ManifestlyExcessive;

    /// <summary>Requests with a statutory clock (a due date) that were answered, with the instant of the answer.</summary>
    private static IEnumerable<(RequestSummary Summary, DateTimeOffset AnsweredAt)> Timed(IEnumerable<Counted> received) =>
        received
            .Where(r => r.Outcome.IsAnswer() && r.Summary.DueDate is not null)
            .Select(r => (r.Summary, AnsweredAt(r.Summary, r.Outcome)))
            .Where(r => r.Item2 is not null)
            .Select(r => (r.Summary, r.Item2!.Value));

    private static Timeliness TimelinessOf(List<Counted> received, string zone, DateTimeOffset now)
    {
        var answered = received.Where(r => r.Outcome.IsAnswer()).ToList();
        var timed = Timed(answered).ToList();
        var onTime = timed.Count(r => IsOnTime(r.Summary, r.AnsweredAt, zone));
        var open = received.Where(r => r.Outcome == RequestOutcome.Open).ToList();
        var overdue = open.Count(r => r.Summary.IsOverdueAt(now));
        return new Timeliness(
            OnTime: onTime,
            Late: timed.Count - onTime,
            WithoutDueDate: answered.Count(r => r.Summary.DueDate is null),
            WithoutAnswerTime: answered.Count(r => r.Summary.DueDate is not null && AnsweredAt(r.Summary, r.Outcome) is null),
            OpenOverdue: overdue,
            OpenWithinTime: open.Count - overdue);
    }

    private static DaysToAnswer DaysOf(List<Counted> received, string zone)
    {
        var days = Timed(received)
            .Select(r => StatutoryClock.LocalDate(r.AnsweredAt, zone).DayNumber - StatutoryClock.LocalDate(r.Summary.ReceivedAt, zone).DayNumber)
            .ToList();
        return DaysToAnswer.Of(days);
    }

    private static ExtensionFigures ExtensionsOf(List<Counted> received)
    {
        var extended = received.Where(r => r.Summary.Extended).ToList();
        var reasons = extended
            .Where(r => !string.IsNullOrWhiteSpace(r.Summary.ExtensionReason))
            .GroupBy(r => r.Summary.ExtensionReason!.Trim(), StringComparer.Ordinal)
            .Select(group => new ReasonTally(group.Key, group.Count()))
            .OrderByDescending(tally => tally.Count)
            .ThenBy(tally => tally.Reason, StringComparer.Ordinal);
        var withoutReason = extended.Where(r => string.IsNullOrWhiteSpace(r.Summary.ExtensionReason)).ToList();
        return new ExtensionFigures(
            extended.Count,
            [.. reasons],
            ReasonRemovedAtPurge: withoutReason.Count(r => r.Summary.Stage == Stage.Purged),
            ReasonNotRecorded: withoutReason.Count(r => r.Summary.Stage != Stage.Purged));
    }

    private static RefusalFigures RefusalsOf(List<Counted> received)
    {
        var refused = received.Where(r => r.Outcome == RequestOutcome.Refused).ToList();
        return new RefusalFigures(
            [.. Enum.GetValues<RefusalGround>().Select(ground => new Tally<RefusalGround>(ground, refused.Count(r => r.Summary.RefusalGround == ground)))],
            refused.Count(r => r.Summary.RefusalGround is null));
    }

    private static KeptBackFigures KeptBackOf(List<Counted> received)
    {
        var keeping = received.Where(r => !r.Summary.KeptBack.IsDefaultOrEmpty).ToList();
        var byRule = keeping
            .SelectMany(r => r.Summary.KeptBack.Select(kept => (r.Summary.Id, Rule: kept.Ground.Trim(), kept.Rows)))
            .GroupBy(kept => kept.Rule, StringComparer.Ordinal)
            .Select(group => new KeptBackTally(group.Key, group.Select(kept => kept.Id).Distinct().Count(), group.Sum(kept => kept.Rows)))
            .OrderBy(tally => tally.Rule, StringComparer.Ordinal);
        return new KeptBackFigures(
            received.Count(r => r.Summary.Type == RequestType.Erasure),
            keeping.Count,
            [.. byRule]);
    }

    private sealed record Counted(RequestSummary Summary, RequestOutcome Outcome);
}
