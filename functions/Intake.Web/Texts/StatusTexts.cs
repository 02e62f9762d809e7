using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Web.Texts;

/// <summary>Every word of the status pages in one language; one table per language.</summary>
public sealed class StatusTexts
{
    /// <summary>The table of every language; Estonian is as complete as the others.</summary>
    public static Translations<StatusTexts> All { get; } =
        new(StatusTextsFi.Table, StatusTextsSv.Table, StatusTextsEn.Table, StatusTextsEt.Table);

    public static StatusTexts For(Language language) => All.For(language);

    public required string Title { get; init; }
    public required string ReferenceLabel { get; init; }
    public required string TypeLabel { get; init; }
    public required string ControllerLabel { get; init; }
    public required string ReceivedLabel { get; init; }
    public required string DueLabel { get; init; }
    public required string OriginalDueLabel { get; init; }
    public required string ExtendedLabel { get; init; }
    public required string ExtensionReasonLabel { get; init; }
    public required string StepLabel { get; init; }

    /// <summary>Where the request is, in plain words; one sentence per stage.</summary>
    public required IReadOnlyDictionary<Stage, string> Stages { get; init; }

    public required string ActionsHeading { get; init; }
    public required string NothingToDo { get; init; }
    public required string ResendText { get; init; }
    public required string ResendButton { get; init; }
    public required string ResendDone { get; init; }
    public required string QuestionLabel { get; init; }
    public required string AnswerLabel { get; init; }
    public required string AnswerHint { get; init; }
    public required string AnswerButton { get; init; }
    public required string AnswerDone { get; init; }
    public required string AnswerMissing { get; init; }
    public required string DownloadInMail { get; init; }
    public required Func<string, string> DownloadUntil { get; init; }
    public required string WithdrawText { get; init; }
    public required string WithdrawLink { get; init; }
    public required string ConfirmWithdrawTitle { get; init; }
    public required string ConfirmWithdrawText { get; init; }
    public required string ConfirmWithdrawButton { get; init; }
    public required string KeepRequest { get; init; }
    public required string WithdrawDone { get; init; }
    public required string BackToStatus { get; init; }

    public required string DoneTitle { get; init; }
    public required string NotDoneTitle { get; init; }
    public required string TooManyLinks { get; init; }
    public required string NotNow { get; init; }
    public required string Closed { get; init; }
    public required string Queued { get; init; }

    public required string ExpiredTitle { get; init; }
    public required string ExpiredBody { get; init; }
    public required string InvalidTitle { get; init; }
    public required string InvalidBody { get; init; }
    public required string GoneTitle { get; init; }
    public required string GoneBody { get; init; }
}
