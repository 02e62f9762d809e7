using System.Collections.Immutable;
using Intake.Core.Process;

namespace Intake.Core.Accountability;

/// <summary>How many requests had one value of a dimension (a type, a channel, a refusal ground).</summary>
public sealed record Tally<TKey>(TKey Key, int Count);

/// <summary>How many requests ended one way, and how many of those have since been purged.</summary>
public sealed record OutcomeTally(RequestOutcome Outcome, int Count, int Purged);

/// <summary>
/// Whether answers came within the due date in force. Only answered requests that carry a statutory
/// clock are judged; contact messages have none and are counted apart.
/// </summary>
/// <param name="OnTime">Answered (delivered, done or refused) before the due date in force ended.</param>
/// <param name="Late">Answered after it.</param>
/// <param name="WithoutDueDate">Answered, but without a statutory clock (contact messages).</param>
/// <param name="WithoutAnswerTime">Answered, but the summary holds no instant of the answer, so neither on time nor late.</param>
/// <param name="OpenOverdue">Still open and past the due date in force at the time of the report.</param>
/// <param name="OpenWithinTime">Still open and not yet due (or without a due date).</param>
public sealed record Timeliness(int OnTime, int Late, int WithoutDueDate, int WithoutAnswerTime, int OpenOverdue, int OpenWithinTime)
{
    public int Judged => OnTime + Late;

    /// <summary>On time over all judged answers, between 0 and 1; none when nothing was answered.</summary>
    public double? OnTimeShare => Judged == 0 ? null : (double)OnTime / Judged;
}

/// <summary>
/// Whole calendar days from receipt to answer, counted on the controller's calendar: the date of the
/// answer less the date of receipt (received 18 June, answered 20 July: 32 days). Over the requests
/// judged for <see cref="Timeliness"/>.
/// </summary>
/// <param name="Median">The middle value; with an even count the mean of the two middle values (so it can end in .5).</param>
/// <param name="Percentile95">Nearest rank: the smallest value at least 95 % of the answers did not exceed.</param>
public sealed record DaysToAnswer(int Count, int? Min, double? Median, int? Percentile95, int? Max)
{
    public static DaysToAnswer Of(IEnumerable<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var sorted = days.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new DaysToAnswer(0, null, null, null, null);
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return new DaysToAnswer(sorted.Length, sorted[0], median, NearestRank(sorted, 0.95), sorted[^1]);
    }

    /// <summary>The value at rank ⌈p·n⌉ (1-based) of the sorted values: always one that occurred.</summary>
    public static int NearestRank(IReadOnlyList<int> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}

/// <summary>One extension reason as staff wrote it, and how many requests gave it.</summary>
public sealed record ReasonTally(string Reason, int Count);

/// <summary>
/// Extensions of the time limit by two further months (Art 12(3)). The reason is free text that may
/// name the person, so it is removed when retention purges the record: those are counted, not shown.
/// </summary>
public sealed record ExtensionFigures(int Extended, ImmutableArray<ReasonTally> Reasons, int ReasonRemovedAtPurge, int ReasonNotRecorded);

/// <summary>Refusals by the legal ground staff chose; every ground listed, zeros included.</summary>
public sealed record RefusalFigures(ImmutableArray<Tally<RefusalGround>> ByGround, int GroundNotRecorded)
{
    public int Count(RefusalGround ground) => ByGround.Single(tally => tally.Key == ground).Count;
}

/// <summary>
/// Requests by a person who had made the same kind of request before, and refusals as manifestly
/// excessive (Art 12(5)) — the ground repetition usually leads to.
/// </summary>
public sealed record RepeatFigures(int Repeats, int RepeatsRefusedAsManifestlyExcessive, int RefusedAsManifestlyExcessive);

/// <summary>Data an erasure kept back under a retention rule (Art 17(3)), by rule.</summary>
public sealed record KeptBackTally(string Rule, int Requests, int Rows);

/// <summary>Erasure requests, those that kept some data back, and the kept rows by retention rule.</summary>
public sealed record KeptBackFigures(int Erasures, int RequestsWithKeptData, ImmutableArray<KeptBackTally> ByRule);
