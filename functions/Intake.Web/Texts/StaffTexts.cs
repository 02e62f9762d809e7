using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Texts;

namespace Intake.Web.Texts;

/// <summary>
/// The words of the staff pages in one language: the decision forms behind the mailed staff links,
/// the facts of a request, the overview of open requests and the audit trail. Staff pages use
/// <see cref="LinkTexts"/> too, for the pages every link may end on.
/// </summary>
public sealed record StaffTexts
{
    public required Language Language { get; init; }

    public required IReadOnlyDictionary<Channel, string> ChannelNames { get; init; }

    /// <summary>Short names of the refusal grounds; the full text comes from <c>RefusalGroundTexts</c>.</summary>
    public required IReadOnlyDictionary<RefusalGround, string> GroundNames { get; init; }

    public required IReadOnlyDictionary<SourceAction, string> ActionNames { get; init; }

    /// <summary>The final outcomes staff may record for a manual task.</summary>
    public required IReadOnlyDictionary<SourceOutcome, string> OutcomeNames { get; init; }

    public required IReadOnlyDictionary<SourceTaskStatus, string> TaskStatusNames { get; init; }

    public required string FactsHeading { get; init; }

    public required string TypeLabel { get; init; }

    public required string ReceivedLabel { get; init; }

    public required string DueLabel { get; init; }

    public required string ExtendedDueLabel { get; init; }

    public required string ExtensionReasonLabel { get; init; }

    public required string StageLabel { get; init; }

    public required string ChannelLabel { get; init; }

    public required string LanguageLabel { get; init; }

    public required string NameLabel { get; init; }

    public required string EmailLabel { get; init; }

    public required string CustomerNumberLabel { get; init; }

    public required string PhoneLabel { get; init; }

    public required string AgentLabel { get; init; }

    public required string MandateLabel { get; init; }

    public required string MandateOnFile { get; init; }

    public required string MandateMissing { get; init; }

    public required string DetailsLabel { get; init; }

    public required string WrongValueLabel { get; init; }

    public required string CorrectValueLabel { get; init; }

    public required string SituationLabel { get; init; }

    public required string IndustryLabel { get; init; }

    public required string ServicesLabel { get; init; }

    public required string ReviewReasonsLabel { get; init; }

    public required string OpenQuestionLabel { get; init; }

    public required string LastAnswerLabel { get; init; }

    public required string ProvisionalNote { get; init; }

    public required string ApproveTitle { get; init; }

    public required string ApproveIntro { get; init; }

    public required string TriageLegend { get; init; }

    public required string TriageHint { get; init; }

    public required string TriageRequired { get; init; }

    public required string ApproveButton { get; init; }

    /// <summary>The checkbox staff tick after checking an agent's mandate.</summary>
    public required string MandateCheckLabel { get; init; }

    public required string MandateCheckRequired { get; init; }

    /// <summary>Opens the agent's mandate file from the approve page.</summary>
    public required string MandateOpenLink { get; init; }

    public required string IdentifiersLegend { get; init; }

    public required string IdentifiersHint { get; init; }

    /// <summary>After an identifier the person stated that staff have not confirmed.</summary>
    public required string UnverifiedNotUsed { get; init; }

    /// <summary>After an identifier staff confirmed.</summary>
    public required string ConfirmedByStaff { get; init; }

    public required string ContactTitle { get; init; }

    public required string ContactIntro { get; init; }

    public required string ContactButton { get; init; }

    public required string ApproveDoneTitle { get; init; }

    /// <summary><c>{stage}</c>.</summary>
    public required string ApproveDoneBody { get; init; }

    public required string ContactDoneTitle { get; init; }

    public required string ContactDoneBody { get; init; }

    public required string RejectTitle { get; init; }

    public required string RejectIntro { get; init; }

    public required string GroundLegend { get; init; }

    public required string GroundRequired { get; init; }

    public required string DetailLabel { get; init; }

    public required string DetailHint { get; init; }

    /// <summary><c>{authority}</c>: the supervisory authority named in the letter.</summary>
    public required string RejectLetterNote { get; init; }

    public required string RejectButton { get; init; }

    public required string RejectDoneTitle { get; init; }

    public required string RejectDoneBody { get; init; }

    public required string ExtendTitle { get; init; }

    public required string ExtendIntro { get; init; }

    public required string CurrentDueLabel { get; init; }

    public required string NewDueLabel { get; init; }

    public required string CutoffLabel { get; init; }

    public required string ReasonLabel { get; init; }

    public required string ReasonHint { get; init; }

    public required string ReasonRequired { get; init; }

    public required string ExtendButton { get; init; }

    public required string ExtendDoneTitle { get; init; }

    /// <summary><c>{due}</c>: the new due date.</summary>
    public required string ExtendDoneBody { get; init; }

    public required string AskTitle { get; init; }

    public required string AskIntro { get; init; }

    public required string QuestionLabel { get; init; }

    public required string QuestionHint { get; init; }

    public required string QuestionRequired { get; init; }

    public required string AskButton { get; init; }

    public required string AskDoneTitle { get; init; }

    public required string AskDoneBody { get; init; }

    public required string ReleaseTitle { get; init; }

    public required string ReleaseIntro { get; init; }

    public required string ExportFilesLabel { get; init; }

    public required string ExportSizeLabel { get; init; }

    public required string ReleaseButton { get; init; }

    public required string ReleaseDoneTitle { get; init; }

    public required string ReleaseDoneBody { get; init; }

    public required string RetryTitle { get; init; }

    public required string RetryIntro { get; init; }

    public required string FlaggedHeading { get; init; }

    public required string SourceLabel { get; init; }

    public required string AttemptsLabel { get; init; }

    public required string LastErrorLabel { get; init; }

    /// <summary><c>{source}</c>: the source's name.</summary>
    public required string RetrySourceButton { get; init; }

    public required string ParkedHeading { get; init; }

    public required string RetryParkedButton { get; init; }

    public required string RetryDoneTitle { get; init; }

    public required string RetryDoneBody { get; init; }

    public required string ConfirmTitle { get; init; }

    public required string ConfirmIntro { get; init; }

    public required string InstructionsLabel { get; init; }

    public required string SourceLegend { get; init; }

    public required string SourceRequired { get; init; }

    public required string ActionLabel { get; init; }

    public required string OutcomeLegend { get; init; }

    public required string OutcomeRequired { get; init; }

    public required string RowsFoundLabel { get; init; }

    public required string RowsAffectedLabel { get; init; }

    public required string NumberInvalid { get; init; }

    public required string RowsInconsistent { get; init; }

    public required string KeptLegend { get; init; }

    public required string KeptCategoryLabel { get; init; }

    public required string KeptGroundLabel { get; init; }

    public required string KeptGroundHint { get; init; }

    public required string KeptUntilLabel { get; init; }

    public required string KeptRequired { get; init; }

    public required string DateInvalid { get; init; }

    public required string NoteLabel { get; init; }

    public required string NoteHint { get; init; }

    public required string NoteRequired { get; init; }

    public required string FileLabel { get; init; }

    /// <summary><c>{limit}</c>: the largest file accepted.</summary>
    public required string FileHint { get; init; }

    public required string ConfirmButton { get; init; }

    public required string ConfirmDoneTitle { get; init; }

    /// <summary><c>{stage}</c>.</summary>
    public required string ConfirmDoneBody { get; init; }

    /// <summary>Title of the page asking staff to sign in before the overview opens (Azure only).</summary>
    public required string SignInTitle { get; init; }

    public required string SignInBody { get; init; }

    public required string SignInAction { get; init; }

    /// <summary>Title of the page for a signed-in account outside the allowed group.</summary>
    public required string NotAllowedTitle { get; init; }

    public required string NotAllowedBody { get; init; }

    public required string SignOutAction { get; init; }

    public required string ColumnReference { get; init; }

    public required string ColumnType { get; init; }

    public required string ColumnReceived { get; init; }

    public required string ColumnDue { get; init; }

    public required string OverdueMark { get; init; }

    /// <summary><c>{time}</c>: when the list was made.</summary>
    public required string ListedAt { get; init; }

    public required string NoDueDate { get; init; }

    /// <summary><c>{reference}</c>.</summary>
    public required string DetailTitle { get; init; }

    public required string BackToOverview { get; init; }

    public required string SourcesHeading { get; init; }

    public required string TaskStatusLabel { get; init; }

    /// <summary><c>{count}</c>: entries checked.</summary>
    public required string AuditIntact { get; init; }

    /// <summary><c>{entry}</c>: the first entry that does not verify.</summary>
    public required string AuditBroken { get; init; }

    /// <summary>The row with what the mail server reported about an email's sender (SPF, DKIM).</summary>
    public required string SenderCheckLabel { get; init; }

    /// <summary>Beside a sender that failed both checks.</summary>
    public required string SenderCheckFailed { get; init; }

    /// <summary>The request's whole story on the detail page.</summary>
    public required StaffTextsStory Story { get; init; }

    /// <summary>The table of every language; Estonian is as complete as the others.</summary>
    public static Translations<StaffTexts> All { get; } =
        new(StaffTextsFi.Texts, StaffTextsSv.Texts, StaffTextsEn.Texts, StaffTextsEt.Texts);

    public static StaffTexts For(Language language) => All.For(language);
}
