using Intake.Core.Process;
using Intake.Core.Records;
using Intake.Core.Requests;

namespace Intake.Web.Texts;

/// <summary>The staff requests list in English.</summary>
public static class RequestListTextsEn
{
    public static RequestListTexts Texts { get; } = new()
    {
        Language = Language.En,
        TypeNames = new Dictionary<RequestType, string>
        {
            [RequestType.Access] = "Access",
            [RequestType.Portability] = "Portability",
            [RequestType.Rectification] = "Rectification",
            [RequestType.Erasure] = "Erasure",
            [RequestType.Restriction] = "Restriction",
            [RequestType.ObjectionToDirectMarketing] = "Objection to direct marketing",
            [RequestType.ObjectionOnParticularGrounds] = "Objection, particular situation",
            [RequestType.ConsentWithdrawal] = "Consent withdrawal",
            [RequestType.Contact] = "Contact message",
        },
        StageNames = new Dictionary<Stage, string>
        {
            [Stage.AwaitingVerification] = "awaiting email confirmation",
            [Stage.AwaitingStaffReview] = "awaiting staff decision",
            [Stage.AwaitingInformation] = "awaiting information",
            [Stage.SubjectNoticePeriod] = "person told of agent's request",
            [Stage.InProgress] = "in the data sources",
            [Stage.Assembling] = "answer being assembled",
            [Stage.AwaitingRelease] = "awaiting release",
            [Stage.Delivered] = "delivered",
            [Stage.Completed] = "completed",
            [Stage.Refused] = "refused",
            [Stage.Withdrawn] = "withdrawn",
            [Stage.ClosedUnverified] = "closed unconfirmed",
            [Stage.Error] = "stopped by an error",
            [Stage.Purged] = "purged",
        },
        Title = "Requests",
        Intro = "{controller}: every request, answered or not. Decisions are taken through the links in the mails.",
        ReportLink = "Accountability report: requests by type, outcome and time to answer",
        FiltersLabel = "Find requests",
        SearchLabel = "Reference",
        SearchHint = "The whole reference or its beginning, e.g. R-7K3M.",
        TypeLabel = "Type",
        AnyType = "Any type",
        StatusLabel = "Status",
        StatusOpen = "Open (not answered yet)",
        StatusClosed = "Answered or closed",
        StatusAll = "All",
        StatusOneStage = "One stage",
        ChannelLabel = "Channel",
        AnyChannel = "Any channel",
        DueLabel = "Due within (days)",
        DueHint = "Open requests due within this many days, overdue ones included.",
        OverdueLabel = "Only overdue requests",
        SortLabel = "Order",
        SortDue = "Due date, overdue first",
        SortReceived = "Received, newest first",
        ShowButton = "Show",
        ClearFilters = "Clear the filters",
        Caption = "Requests {from}–{to} of {total}",
        NoMatches = "No requests match these filters.",
        ColumnReference = "Reference",
        ColumnType = "Type",
        ColumnStatus = "Status",
        ColumnChannel = "Channel",
        ColumnReceived = "Received",
        ColumnDue = "Due date",
        OverdueMark = "Overdue",
        RepeatMark = "Repeat request",
        ExtendedMark = "extended",
        PurgedEndedAs = "purged; was {stage}",
        NoDueDate = "no deadline",
        PagesLabel = "Pages",
        PreviousPage = "Previous page",
        NextPage = "Next page",
        PageOf = "Page {page} of {pages}",
        ListedAtExact = "Listed at {time}.",
        ListedAt = "Listed at {time}. Changes made in the last {seconds} seconds may not show yet.",
        BadQueryTitle = "This list cannot be shown",
        BadQueryIntro = "The address asks for something the list does not offer:",
        Problems = new Dictionary<RequestListProblem, string>
        {
            [RequestListProblem.UnknownType] = "There is no request type \"{value}\".",
            [RequestListProblem.UnknownStatus] = "There is no status \"{value}\".",
            [RequestListProblem.UnknownChannel] = "There is no channel \"{value}\".",
            [RequestListProblem.DaysOutOfRange] = "\"{value}\" is not a number of days from 0 to 366.",
            [RequestListProblem.PageOutOfRange] = "\"{value}\" is not a page number.",
            [RequestListProblem.UnknownSort] = "There is no order \"{value}\".",
            [RequestListProblem.NotAFlag] = "\"{value}\" is not a yes or no for overdue requests.",
            [RequestListProblem.NotAReference] = "\"{value}\" cannot be part of a reference: the search finds requests by their reference only.",
        },
    };
}
