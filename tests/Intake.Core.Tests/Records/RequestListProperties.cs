using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Core.Tests.Records;

[Properties(Arbitrary = [typeof(RequestListArbitraries)], MaxTest = 200)]
public sealed class RequestListProperties
{
    [Property]
    public bool Paging_partitions_the_filtered_set_in_order(RequestSummary[] summaries, RequestListQuery query)
    {
        var first = RequestList.Apply(summaries, query with { Page = 1 }, ListedSummaries.Now, ListedSummaries.Today);
        var pages = Enumerable.Range(1, first.PageCount)
            .Select(page => RequestList.Apply(summaries, query with { Page = page }, ListedSummaries.Now, ListedSummaries.Today))
            .ToList();
        var shown = pages.SelectMany(page => page.Rows).ToList();
        var expected = RequestList.Sort(summaries.Where(s => RequestList.Matches(s, query, ListedSummaries.Now, ListedSummaries.Today)), query.Sort);
        return shown.SequenceEqual(expected)
            && pages.All(page => page.Total == expected.Count && page.Rows.Count <= RequestList.PageSize)
            && pages.Take(pages.Count - 1).All(page => page.Rows.Count == RequestList.PageSize);
    }

    [Property]
    public bool Every_row_shown_matches_every_filter(RequestSummary[] summaries, RequestListQuery query)
    {
        var page = RequestList.Apply(summaries, query, ListedSummaries.Now, ListedSummaries.Today);
        return page.Rows.All(row =>
            (query.Type is null || row.Type == query.Type)
            && (query.Channel is null || row.Channel == query.Channel)
            && (query.Status != StatusGroup.Open || row.Stage.IsAwaitingAnswer())
            && (query.Status != StatusGroup.Closed || !row.Stage.IsAwaitingAnswer())
            && (query.Status != StatusGroup.Stage || row.Stage == query.Stage)
            && (!query.OverdueOnly || row.IsOverdueAt(ListedSummaries.Now))
            && (query.DueWithinDays is not { } days || row.DueDate <= ListedSummaries.Today.AddDays(days))
            && (query.SearchKey is not { } key || RequestListQuery.Compact(row.Id.Value).Contains(key, StringComparison.Ordinal)));
    }

    [Property]
    public bool Due_order_never_lists_an_overdue_request_after_one_that_is_not(RequestSummary[] summaries)
    {
        var sorted = RequestList.Sort(summaries, RequestListSort.Due);
        var firstNotOverdue = sorted.ToList().FindIndex(s => !s.IsOverdueAt(ListedSummaries.Now));
        return firstNotOverdue < 0 || sorted.Skip(firstNotOverdue).All(s => !s.IsOverdueAt(ListedSummaries.Now));
    }

    [Property]
    public bool A_query_survives_its_own_page_link(RequestListQuery query)
    {
        var parameters = query.ToParameters().ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        var parse = RequestListQuery.Parse(parameters);
        return parse.IsValid && parse.Query == query;
    }
}

public static class RequestListArbitraries
{
    private static readonly Gen<RequestSummary> Summary =
        from number in Gen.Choose(1, 1_000_000)
        from dayOffset in Gen.Choose(-400, 40)
        from stage in Gen.Elements(Enum.GetValues<Stage>())
        from type in Gen.Elements(Enum.GetValues<RequestType>())
        from channel in Gen.Elements(Enum.GetValues<Channel>())
        from noDeadline in Gen.Elements(false, false, false, true)
        select noDeadline
            ? ListedSummaries.Open(number, ListedSummaries.Today.AddDays(dayOffset), stage, type, channel) with { DueDate = null, DueAt = null }
            : ListedSummaries.Open(number, ListedSummaries.Today.AddDays(dayOffset), stage, type, channel);

    public static Arbitrary<RequestSummary[]> SummaryArrays() =>
        (from count in Gen.Choose(0, 180)
         from summaries in Gen.ArrayOf(Summary, count)
         select summaries.DistinctBy(s => s.Id).ToArray()).ToArbitrary();

    public static Arbitrary<RequestListQuery> Queries() =>
        (from type in Gen.Elements(Enum.GetValues<RequestType>().Select(t => (RequestType?)t).Append(null).Append(null).ToArray())
         from status in Gen.Elements(Enum.GetValues<StatusGroup>())
         from stage in Gen.Elements(Enum.GetValues<Stage>())
         from channel in Gen.Elements(Enum.GetValues<Channel>().Select(c => (Channel?)c).Append(null).Append(null).ToArray())
         from due in Gen.Elements<int?>(null, null, 0, 7, 30, 366)
         from overdue in Gen.Elements(false, false, true)
         from search in Gen.Elements<string?>(null, null, null, "R", "r-1", "2", "R-0", "a b")
         from sort in Gen.Elements(Enum.GetValues<RequestListSort>())
         from page in Gen.Choose(1, 5)
         select new RequestListQuery
         {
             Type = type,
             Status = status,
             Stage = status == StatusGroup.Stage ? stage : null,
             Channel = channel,
             DueWithinDays = due,
             OverdueOnly = overdue,
             Search = search,
             Sort = sort,
             Page = page,
         }).ToArbitrary();
}
