using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Web.Texts;

/// <summary>
/// The words of the link pages in one language: what a person sees after clicking a mailed link
/// (confirm the address, answer a question, download), the pages every link may end on (invalid,
/// expired, used, storage down) and the names of stages and request types. Placeholders are in
/// braces and filled by <see cref="Links.Placeholders.Fill"/>; the result is text, encoded when written.
/// </summary>
public sealed record LinkTexts
{
    public required Language Language { get; init; }

    /// <summary>A calendar date as people in this language write it.</summary>
    public required Func<DateOnly, string> FormatDate { get; init; }

    /// <summary>A local date and time, without the offset (added by the caller).</summary>
    public required Func<DateTime, string> FormatDateTime { get; init; }

    public required IReadOnlyDictionary<Stage, string> StageNames { get; init; }

    public required IReadOnlyDictionary<RequestType, string> TypeNames { get; init; }

    public required string ReferenceLabel { get; init; }

    public required string ErrorSummaryTitle { get; init; }

    public required string InvalidTitle { get; init; }

    public required string InvalidBody { get; init; }

    public required string ExpiredTitle { get; init; }

    public required string ExpiredPersonBody { get; init; }

    public required string ExpiredStaffBody { get; init; }

    /// <summary><c>{contact}</c>: the controller's privacy contact address.</summary>
    public required string ContactLine { get; init; }

    public required string UsedTitle { get; init; }

    public required string UsedBody { get; init; }

    public required string GoneTitle { get; init; }

    public required string GoneBody { get; init; }

    public required string UnavailableTitle { get; init; }

    public required string UnavailableBody { get; init; }

    public required string FormExpiredTitle { get; init; }

    public required string FormExpiredBody { get; init; }

    public required string TooLargeTitle { get; init; }

    /// <summary><c>{limit}</c>: the largest accepted size, e.g. "10 MB".</summary>
    public required string TooLargeBody { get; init; }

    public required string QueuedTitle { get; init; }

    public required string QueuedBody { get; init; }

    public required string AlreadyDecidedTitle { get; init; }

    /// <summary><c>{stage}</c>: the stage the request is in now.</summary>
    public required string AlreadyDecidedBody { get; init; }

    public required string ClosedTitle { get; init; }

    /// <summary><c>{stage}</c>.</summary>
    public required string ClosedBody { get; init; }

    public required string NotNowTitle { get; init; }

    /// <summary><c>{stage}</c>.</summary>
    public required string NotNowBody { get; init; }

    public required string ExtensionWindowClosedTitle { get; init; }

    /// <summary><c>{cutoff}</c>: the last day an extension could be told.</summary>
    public required string ExtensionWindowClosedBody { get; init; }

    public required string AlreadyExtendedTitle { get; init; }

    /// <summary><c>{due}</c>: the extended due date.</summary>
    public required string AlreadyExtendedBody { get; init; }

    public required string NoDeadlineTitle { get; init; }

    public required string NoDeadlineBody { get; init; }

    public required string NothingWaitingTitle { get; init; }

    public required string NothingWaitingBody { get; init; }

    public required string InvalidInputTitle { get; init; }

    public required string VerifyTitle { get; init; }

    /// <summary><c>{controller}</c>, <c>{type}</c>, <c>{reference}</c>.</summary>
    public required string VerifyIntro { get; init; }

    public required string VerifyButton { get; init; }

    public required string VerifyDoneTitle { get; init; }

    /// <summary><c>{due}</c>.</summary>
    public required string VerifyDoneBody { get; init; }

    public required string VerifyDoneReviewBody { get; init; }

    public required string AnswerTitle { get; init; }

    public required string AnswerQuestionHeading { get; init; }

    public required string AnswerLabel { get; init; }

    public required string AnswerHint { get; init; }

    public required string AnswerButton { get; init; }

    public required string AnswerRequired { get; init; }

    /// <summary><c>{max}</c>: the most characters accepted.</summary>
    public required string TextTooLong { get; init; }

    public required string AnswerDoneTitle { get; init; }

    public required string AnswerDoneBody { get; init; }

    public required string DownloadGoneTitle { get; init; }

    public required string DownloadGoneBody { get; init; }

    public required string DownloadNotReadyTitle { get; init; }

    public required string DownloadNotReadyBody { get; init; }

    /// <summary>The download link's page: the file is fetched only when the button is pressed, so a mail scanner opening the link takes nothing.</summary>
    public required string DownloadReadyTitle { get; init; }

    /// <summary>Names <c>{until}</c>, the last day of the download period.</summary>
    public required string DownloadReadyBody { get; init; }

    public required string DownloadButton { get; init; }

    public required string StatusPageHint { get; init; }

    /// <summary>The table of every language; Estonian is as complete as the others.</summary>
    public static Translations<LinkTexts> All { get; } =
        new(LinkTextsFi.Texts, LinkTextsSv.Texts, LinkTextsEn.Texts, LinkTextsEt.Texts);

    public static LinkTexts For(Language language) => All.For(language);
}
