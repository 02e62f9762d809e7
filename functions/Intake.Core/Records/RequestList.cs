using Intake.Core.Process;

namespace Intake.Core.Records;

/// <summary>One page of the staff list, and where it lies among the others.</summary>
/// <param name="Page">The page shown: the one asked for, or the last one when it asked past the end.</param>
/// <param name="Total">How many requests matched the filters, on every page.</param>
public sealed record RequestListPage(IReadOnlyList<RequestSummary> Rows, int Page, int PageCount, int Total);

/// <summary>
/// The staff list over the request summaries: filter, sort and cut one page. Pure, so every rule
/// is tested without storage; <paramref name="today"/> is the controller's local date, for "due
/// within N days" counts calendar days as the due dates do.
/// </summary>
public static class RequestList
{
    public const int PageSize = 50;

    public static RequestListPage Apply(IEnumerable<RequestSummary> summaries, RequestListQuery query, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(query);
        var matching = Sort(summaries.Where(summary => Matches(summary, query, now, today)), query.Sort);
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = Math.Min(query.Page, pageCount);
        var rows = matching.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new RequestListPage(rows, page, pageCount, matching.Count);
    }

    /// <summary>Whether a request passes every filter of the query.</summary>
    public static bool Matches(RequestSummary summary, RequestListQuery query, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(query);
        return (query.Type is not { } type || summary.Type == type)
            && MatchesStatus(summary.Stage, query)
            && (query.Channel is not { } channel || summary.Channel == channel)
            && (query.DueWithinDays is not { } days || (summary.Stage.IsAwaitingAnswer() && summary.DueDate is { } due && due <= today.AddDays(days)))
            && (!query.OverdueOnly || summary.IsOverdueAt(now))
            && (query.SearchKey is not { } key || ReferenceStartsWith(summary.Id.Value, key));
    }

    /// <summary>
    /// A reference matches a search that begins it, with or without its "R": staff may type
    /// <c>r-7k3m</c>, <c>7K3M 9QX</c> or the whole reference.
    /// </summary>
    public static bool ReferenceStartsWith(string reference, string key)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(key);
        var compact = RequestListQuery.Compact(reference);
        return compact.StartsWith(key, StringComparison.Ordinal)
            || (compact.Length > 1 && compact.AsSpan(1).StartsWith(key, StringComparison.Ordinal));
    }

    /// <summary>
    /// By due date: requests awaiting an answer first, earliest due first (so the overdue ones
    /// lead), then those without a due date (contact messages), then the answered and closed ones.
    /// By received: newest first. The reference breaks ties, so the order, and every page, is stable.
    /// </summary>
    public static IReadOnlyList<RequestSummary> Sort(IEnumerable<RequestSummary> summaries, RequestListSort sort)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var ordered = sort == RequestListSort.Received
            ? summaries.OrderByDescending(summary => summary.ReceivedAt)
            : summaries.OrderBy(DueRank)
                .ThenBy(summary => summary.DueAt ?? DateTimeOffset.MaxValue)
                .ThenBy(summary => summary.ReceivedAt);
        return ordered.ThenBy(summary => summary.Id.Value, StringComparer.Ordinal).ToList();
    }

    private static int DueRank(RequestSummary summary) =>
        !summary.Stage.IsAwaitingAnswer() ? 2 : summary.DueAt is null ? 1 : 0;

    private static bool MatchesStatus(Stage stage, RequestListQuery query) => query.Status switch
    {
        StatusGroup.Open => stage.IsAwaitingAnswer(),
        StatusGroup.Closed => !stage.IsAwaitingAnswer(),
        StatusGroup.Stage => stage == query.Stage,
        _ => true,
    };
}
