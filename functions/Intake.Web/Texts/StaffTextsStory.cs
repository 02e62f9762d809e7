using Intake.Core.Deadlines;
using Intake.Core.Notifications;
using Intake.Core.Records;

namespace Intake.Web.Texts;

/// <summary>
/// The words of a request's whole story on the staff detail page: a sentence per event, the
/// statutory clock, the mails and their links, the decisions, what staff can do now and who viewed
/// the request. Placeholders are named in braces and filled once, so typed text stays literal.
/// </summary>
public sealed record StaffTextsStory
{
    /// <summary>A sentence per event, keyed by the event's wire name (<c>EventNames</c>); every event type has one.</summary>
    public required IReadOnlyDictionary<string, string> EventSentences { get; init; }

    /// <summary>What follows a failed source attempt: a retry time, or staff.</summary>
    public required string FailedRetryAt { get; init; }

    public required string FailedFlagged { get; init; }

    public required string ActorPerson { get; init; }

    public required string ActorSystem { get; init; }

    /// <summary><c>{id}</c>: the start of the id of the link staff used.</summary>
    public required string ActorStaff { get; init; }

    /// <summary><c>{source}</c>.</summary>
    public required string ActorSource { get; init; }

    public required string TimelineHeading { get; init; }

    public required string TimelineIntro { get; init; }

    public required string ColumnNumber { get; init; }

    public required string ColumnTime { get; init; }

    public required string ColumnBy { get; init; }

    public required string ColumnWhat { get; init; }

    public required string ClockHeading { get; init; }

    /// <summary>The law the dates come from, cited exactly: the month and its extension are Art 12(3), a refusal Art 12(4).</summary>
    public required string ClockLaw { get; init; }

    public required string NoClock { get; init; }

    public required string ClockReceived { get; init; }

    public required string ClockStart { get; init; }

    public required string ClockPolicyLabel { get; init; }

    public required IReadOnlyDictionary<ClockPolicy, string> ClockPolicyNames { get; init; }

    public required string ClockProvisional { get; init; }

    public required string ClockDue { get; init; }

    public required string ClockExtendedDue { get; init; }

    public required string ClockNoticeBy { get; init; }

    /// <summary><c>{date}</c> and <c>{time}</c>: the last day and the instant it ends.</summary>
    public required string ClockDayEnds { get; init; }

    public required string ClockCalendar { get; init; }

    /// <summary><c>{code}</c> and <c>{name}</c> of the holiday list.</summary>
    public required string ClockCalendarValue { get; init; }

    public required string ClockZone { get; init; }

    public required string ClockSkipped { get; init; }

    public required string ClockNothingSkipped { get; init; }

    /// <summary><c>{date}</c>, <c>{reason}</c>: one skipped day and why (its holiday's name, as the list calls it).</summary>
    public required string ClockSkippedDay { get; init; }

    /// <summary>Above the explanation as it was recorded with the calculation (English, as evidence).</summary>
    public required string ClockRecorded { get; init; }

    public required string SourceFound { get; init; }

    public required string SourceDone { get; init; }

    public required string SourceKept { get; init; }

    public required string SourceNote { get; init; }

    /// <summary><c>{category}</c>, <c>{rows}</c>, <c>{ground}</c>, <c>{until}</c>.</summary>
    public required string KeptItem { get; init; }

    /// <summary><c>{date}</c>.</summary>
    public required string KeptUntil { get; init; }

    public required string KeptOpen { get; init; }

    public required string NothingKept { get; init; }

    public required string NoSources { get; init; }

    public required string MailsHeading { get; init; }

    public required string MailsIntro { get; init; }

    public required string MailColumnKind { get; init; }

    public required string MailColumnTo { get; init; }

    public required string MailColumnLinks { get; init; }

    public required IReadOnlyDictionary<MailKind, string> MailNames { get; init; }

    public required IReadOnlyDictionary<MailAudience, string> AudienceNames { get; init; }

    /// <summary>What each link lets its holder do, by link name.</summary>
    public required IReadOnlyDictionary<string, string> LinkNames { get; init; }

    /// <summary><c>{time}</c>: when a single-use link was spent.</summary>
    public required string LinkUsed { get; init; }

    public required string LinkNotUsed { get; init; }

    /// <summary><c>{time}</c>: the first time a view-only link was opened.</summary>
    public required string LinkOpened { get; init; }

    public required string LinkNotOpened { get; init; }

    public required string LinkViewOnly { get; init; }

    public required string NoLinks { get; init; }

    public required string NoMails { get; init; }

    public required string DecisionsHeading { get; init; }

    /// <summary><c>{type}</c>.</summary>
    public required string DecisionApproved { get; init; }

    public required string DecisionMandateChecked { get; init; }

    /// <summary><c>{identifiers}</c>.</summary>
    public required string DecisionIdentifiersConfirmed { get; init; }

    /// <summary><c>{ground}</c>.</summary>
    public required string DecisionRefused { get; init; }

    /// <summary><c>{date}</c>.</summary>
    public required string DecisionExtended { get; init; }

    public required string DecisionAsked { get; init; }

    public required string DecisionAnswered { get; init; }

    public required string DecisionReleased { get; init; }

    public required string DecisionWithdrawn { get; init; }

    public required string DecisionHandled { get; init; }

    public required string DecisionRetried { get; init; }

    /// <summary><c>{source}</c>.</summary>
    public required string DecisionConfirmedTask { get; init; }

    public required string NoDecisions { get; init; }

    public required string ActionsHeading { get; init; }

    public required string ActionsNote { get; init; }

    /// <summary><c>{mail}</c>, <c>{time}</c>: which mail carries the links.</summary>
    public required string ActionReview { get; init; }

    public required string ActionContact { get; init; }

    public required string ActionRelease { get; init; }

    /// <summary><c>{source}</c>, <c>{mail}</c>, <c>{time}</c>.</summary>
    public required string ActionConfirmTask { get; init; }

    /// <summary><c>{source}</c>, <c>{mail}</c>, <c>{time}</c>.</summary>
    public required string ActionRetrySource { get; init; }

    public required string ActionRetryParked { get; init; }

    /// <summary><c>{until}</c>: the extension-notice cut-off; <c>{mail}</c>, <c>{time}</c>.</summary>
    public required string ActionExtend { get; init; }

    /// <summary><c>{until}</c>.</summary>
    public required string ActionExtendNoMail { get; init; }

    /// <summary><c>{until}</c>.</summary>
    public required string WaitVerification { get; init; }

    public required string WaitInformation { get; init; }

    /// <summary><c>{until}</c>.</summary>
    public required string WaitNotice { get; init; }

    public required string WaitSources { get; init; }

    public required string WaitAssembling { get; init; }

    /// <summary><c>{until}</c>.</summary>
    public required string Delivered { get; init; }

    /// <summary><c>{stage}</c>.</summary>
    public required string Closed { get; init; }

    public required string ViewedHeading { get; init; }

    public required string ViewedIntro { get; init; }

    public required string ViewColumnPage { get; init; }

    public required string ViewColumnWho { get; init; }

    public required IReadOnlyDictionary<ViewedPage, string> PageNames { get; init; }

    /// <summary><c>{id}</c>.</summary>
    public required string ViewerStaff { get; init; }

    /// <summary><c>{name}</c>, <c>{id}</c>.</summary>
    public required string ViewerSignedIn { get; init; }

    /// <summary><c>{id}</c>.</summary>
    public required string ViewerPerson { get; init; }

    public required string NoViews { get; init; }
}
