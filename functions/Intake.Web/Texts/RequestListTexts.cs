using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Web.Texts;

/// <summary>
/// The words of the staff requests list in one language: its filters, table, paging and the page
/// for a query it cannot answer. Short names of types and stages, as a table cell has room for;
/// the detail page keeps the long ones.
/// </summary>
public sealed record RequestListTexts
{
    public required Language Language { get; init; }

    public required IReadOnlyDictionary<RequestType, string> TypeNames { get; init; }

    public required IReadOnlyDictionary<Stage, string> StageNames { get; init; }

    public required string Title { get; init; }

    /// <summary><c>{controller}</c>: the controller's name.</summary>
    public required string Intro { get; init; }

    /// <summary>The link to the controller's accountability report.</summary>
    public required string ReportLink { get; init; }

    public required string FiltersLabel { get; init; }

    public required string SearchLabel { get; init; }

    public required string SearchHint { get; init; }

    public required string TypeLabel { get; init; }

    public required string AnyType { get; init; }

    public required string StatusLabel { get; init; }

    public required string StatusOpen { get; init; }

    public required string StatusClosed { get; init; }

    public required string StatusAll { get; init; }

    /// <summary>The group of single stages in the status list.</summary>
    public required string StatusOneStage { get; init; }

    public required string ChannelLabel { get; init; }

    public required string AnyChannel { get; init; }

    public required string DueLabel { get; init; }

    public required string DueHint { get; init; }

    public required string OverdueLabel { get; init; }

    public required string SortLabel { get; init; }

    public required string SortDue { get; init; }

    public required string SortReceived { get; init; }

    public required string ShowButton { get; init; }

    public required string ClearFilters { get; init; }

    /// <summary><c>{from}</c>, <c>{to}</c>, <c>{total}</c>: the rows of this page among all that match.</summary>
    public required string Caption { get; init; }

    public required string NoMatches { get; init; }

    public required string ColumnReference { get; init; }

    public required string ColumnType { get; init; }

    public required string ColumnStatus { get; init; }

    public required string ColumnChannel { get; init; }

    public required string ColumnReceived { get; init; }

    public required string ColumnDue { get; init; }

    public required string OverdueMark { get; init; }

    public required string RepeatMark { get; init; }

    public required string ExtendedMark { get; init; }

    /// <summary><c>{stage}</c>: how the request ended before its record was purged.</summary>
    public required string PurgedEndedAs { get; init; }

    public required string NoDueDate { get; init; }

    public required string PagesLabel { get; init; }

    public required string PreviousPage { get; init; }

    public required string NextPage { get; init; }

    /// <summary><c>{page}</c>, <c>{pages}</c>.</summary>
    public required string PageOf { get; init; }

    /// <summary><c>{time}</c>: when the summaries were read, on every view (no cache).</summary>
    public required string ListedAtExact { get; init; }

    /// <summary><c>{time}</c>: when this instance read the summaries; <c>{seconds}</c>: how stale they may be.</summary>
    public required string ListedAt { get; init; }

    public required string BadQueryTitle { get; init; }

    public required string BadQueryIntro { get; init; }

    /// <summary>Each with <c>{value}</c>: what the address held.</summary>
    public required IReadOnlyDictionary<RequestListProblem, string> Problems { get; init; }

    /// <summary>The table of every language; Estonian is as complete as the others.</summary>
    public static Translations<RequestListTexts> All { get; } =
        new(RequestListTextsFi.Texts, RequestListTextsSv.Texts, RequestListTextsEn.Texts, RequestListTextsEt.Texts);

    public static RequestListTexts For(Language language) => All.For(language);
}
