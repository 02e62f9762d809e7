using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Web.Texts;

/// <summary>
/// Every word of the person-facing form pages in one language: the front page, the request and
/// contact forms, the confirmation and the error pages. One table per language
/// (<see cref="FormTextsFi"/>, <see cref="FormTextsSv"/>, <see cref="FormTextsEn"/>, <see cref="FormTextsEt"/>), so a missing
/// sentence is a compile error rather than a blank on the page.
/// </summary>
public sealed class FormTexts
{
    /// <summary>The table of every language; Estonian is as complete as the others.</summary>
    public static Translations<FormTexts> All { get; } =
        new(FormTextsFi.Table, FormTextsSv.Table, FormTextsEn.Table, FormTextsEt.Table);

    public static FormTexts For(Language language) => All.For(language);

    public required string FrontTitle { get; init; }
    public required string FrontIntro { get; init; }
    public required string NoControllers { get; init; }
    public required string MakeRequestLink { get; init; }
    public required string ContactLink { get; init; }

    public required string ControllerHeading { get; init; }
    public required string JointControllersHeading { get; init; }
    public required string JointControllersNote { get; init; }
    public required string BusinessIdLabel { get; init; }
    public required string PrivacyNoticeLink { get; init; }
    public required string PrivacyContactLabel { get; init; }
    public required string FreeAndNoSignature { get; init; }

    public required string RequestTitle { get; init; }
    public required string RequestIntro { get; init; }
    public required string TypeLegend { get; init; }

    /// <summary>The name of each right as a person would say it, and one plain line on what it does.</summary>
    public required IReadOnlyDictionary<RequestType, (string Label, string Hint)> Types { get; init; }

    public required string Optional { get; init; }
    public required string NameLabel { get; init; }
    public required string NameHint { get; init; }
    public required string EmailLabel { get; init; }
    public required string EmailHint { get; init; }
    public required string CustomerNumberLabel { get; init; }
    public required string CustomerNumberHint { get; init; }
    public required string DetailsLabel { get; init; }
    public required string DetailsHint { get; init; }
    public required string RectificationLegend { get; init; }
    public required string WrongValueLabel { get; init; }
    public required string CorrectValueLabel { get; init; }
    public required string SituationLegend { get; init; }
    public required string SituationLabel { get; init; }
    public required string SituationHint { get; init; }
    public required string AgentLegend { get; init; }
    public required string OnBehalfLabel { get; init; }
    public required string AgentHint { get; init; }
    public required string AgentNameLabel { get; init; }
    public required string AgentEmailLabel { get; init; }
    public required string MandateLabel { get; init; }
    public required string MandateHint { get; init; }
    public required string TrapLabel { get; init; }
    public required string SubmitRequest { get; init; }

    public required string ContactTitle { get; init; }
    public required string ContactIntro { get; init; }
    public required string ContactNotForRights { get; init; }
    public required string ContactNameLabel { get; init; }
    public required string ContactDetailsLegend { get; init; }
    public required string ContactDetailsHint { get; init; }
    public required string ContactEmailLabel { get; init; }
    public required string ContactPhoneLabel { get; init; }
    public required string IndustryLabel { get; init; }
    public required string ServicesLabel { get; init; }
    public required string MessageLabel { get; init; }
    public required string SubmitContact { get; init; }

    public required string ErrorSummaryTitle { get; init; }
    public required string ErrorTypeMissing { get; init; }
    public required string ErrorNameMissing { get; init; }
    public required string ErrorEmailMissing { get; init; }
    public required string ErrorEmailInvalid { get; init; }
    public required Func<int, string> ErrorTooLong { get; init; }
    public required string ErrorWrongValueMissing { get; init; }
    public required string ErrorCorrectValueMissing { get; init; }
    public required string ErrorSituationMissing { get; init; }
    public required string ErrorAgentNameMissing { get; init; }
    public required string ErrorAgentEmailMissing { get; init; }
    public required string ErrorAgentEmailInvalid { get; init; }
    public required string ErrorMandateType { get; init; }
    public required string ErrorMandateTooLarge { get; init; }

    public required string ErrorMandateMissing { get; init; }
    public required string ErrorTrapFilled { get; init; }
    public required string ErrorInvalid { get; init; }

    public required string SubmittedTitle { get; init; }
    public required string ContactSubmittedTitle { get; init; }
    public required string ReferenceLabel { get; init; }
    public required string ReferenceHint { get; init; }
    public required string DueDateLabel { get; init; }
    public required string NextHeading { get; init; }
    public required string NextVerify { get; init; }
    public required string NextAgentVerify { get; init; }
    public required string NextAfterVerify { get; init; }
    public required string NextSpam { get; init; }
    public required string ContactNext { get; init; }

    public required string TooManyTitle { get; init; }
    public required string TooManyBody { get; init; }
    /// <summary>When the person may try again; <c>{minutes}</c> is replaced by a whole number.</summary>
    public required string TooManyWait { get; init; }
    public required string TooLargeTitle { get; init; }
    public required string TooLargeBody { get; init; }
    public required string BadFormTitle { get; init; }
    public required string AntiforgeryBody { get; init; }
    public required string UnavailableTitle { get; init; }
    public required string UnavailableBody { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundBody { get; init; }
    public required string BackToForm { get; init; }
    public required string FrontLink { get; init; }
    public required string RefusedTitle { get; init; }
    public required string RefusedBody { get; init; }

    /// <summary>A date as people in the language write it: 7.4.2025 (fi, sv), 7 April 2025 (en).</summary>
    public required Func<DateOnly, string> Date { get; init; }
}
