using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Notifications.Texts;

/// <summary>
/// Every word the mails say in one language: the shared phrases, and one <see cref="KindText"/>
/// per kind. Every language has every kind (the text table tests check it), so a mail is written
/// wholly in the person's language.
/// </summary>
internal sealed record MailTexts
{
    public required Language Language { get; init; }

    /// <summary>A calendar date as people in this language write it.</summary>
    public required Func<DateOnly, string> FormatDate { get; init; }

    /// <summary>A local date and time (the UTC offset is added after it).</summary>
    public required Func<DateTime, string> FormatDateTime { get; init; }

    public required string Greeting { get; init; }

    public required string GreetingWithoutName { get; init; }

    public required string Closing { get; init; }

    public required string ContactLine { get; init; }

    public required string ReferenceLabel { get; init; }

    public required string RequestLabel { get; init; }

    public required string DueDateLabel { get; init; }

    public required string ExtendedDueDateLabel { get; init; }

    public required string DaysLeftLabel { get; init; }

    public required string DaysOverdueLabel { get; init; }

    public required string NextHeading { get; init; }

    public required string LinksExpire { get; init; }

    public required string ControllerHeading { get; init; }

    public required string JointControllersHeading { get; init; }

    public required string JointControllersText { get; init; }

    public required string ReasonsHeading { get; init; }

    public required string NoteHeading { get; init; }

    public required string RightsHeading { get; init; }

    public required string ComplaintText { get; init; }

    public required string PhoneLabel { get; init; }

    public required string EmailLabel { get; init; }

    public required string WebsiteLabel { get; init; }

    public required string JudicialRemedyText { get; init; }

    public required string ReceiptsHeading { get; init; }

    public required string KeptHeading { get; init; }

    /// <summary>One kept category: <c>{source}</c>, <c>{category}</c>, <c>{rows}</c>, <c>{ground}</c>.</summary>
    public required string KeptLine { get; init; }

    /// <summary>Appended to <see cref="KeptLine"/> when the end of retention is known: <c>{until}</c>.</summary>
    public required string KeptUntil { get; init; }

    public required string RecipientsHeading { get; init; }

    public required string NoRecipients { get; init; }

    public required string ReviewReasonsHeading { get; init; }

    public required string PersonHeading { get; init; }

    public required string NameLabel { get; init; }

    public required string CustomerNumberLabel { get; init; }

    /// <summary>After an identifier the person stated that staff have not confirmed.</summary>
    public required string UnverifiedNotUsed { get; init; }

    public required string AgentHeading { get; init; }

    public required string PersonWroteHeading { get; init; }

    public required string WrongValueLabel { get; init; }

    public required string CorrectValueLabel { get; init; }

    public required string ParticularSituationLabel { get; init; }

    public required string IndustryLabel { get; init; }

    public required string ServicesLabel { get; init; }

    public required string AnswerHeading { get; init; }

    public required string QuestionHeading { get; init; }

    public required string SourceLabel { get; init; }

    public required string ErrorHeading { get; init; }

    /// <summary>Short names of the request types, for subjects and sentences.</summary>
    public required IReadOnlyDictionary<RequestType, string> TypeNames { get; init; }

    /// <summary>The article that grants each right, cited as this language cites the GDPR. Contact has none.</summary>
    public required IReadOnlyDictionary<RequestType, string> TypeCitations { get; init; }

    /// <summary>What a source did, for the completion letter: <c>{found}</c>, <c>{affected}</c>.</summary>
    public required IReadOnlyDictionary<SourceOutcome, string> Outcomes { get; init; }

    /// <summary>The button or line label of each link name in <see cref="LinkNames"/>.</summary>
    public required IReadOnlyDictionary<string, string> LinkLabels { get; init; }

    public required IReadOnlyDictionary<MailKind, KindText> Kinds { get; init; }
}
