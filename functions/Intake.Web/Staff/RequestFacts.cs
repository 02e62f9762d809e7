using Intake.Core.Process;
using Intake.Core.Process.Texts;
using Intake.Core.Requests;
using Intake.Web.Links;
using Intake.Web.Pages;
using Intake.Web.Texts;

namespace Intake.Web.Staff;

/// <summary>
/// What staff need to decide: the request's type, reference, dates, who asked and what they wrote,
/// and why it is in front of them. Everything the person typed is encoded, and multi-line text keeps
/// its line breaks without becoming markup.
/// </summary>
public static class RequestFacts
{
    public static HtmlContent For(RequestState state, LinkTexts texts, StaffTexts staff, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(staff);
        var request = state.Request;
        var details = request?.Details ?? RequestDetails.None;
        var deadline = state.Deadline;
        HtmlContent? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : Html.Text(value);
        HtmlContent? Lines(string? value) => string.IsNullOrWhiteSpace(value) ? null : Html.Lines(value);
        HtmlContent? Due()
        {
            if (deadline is null)
            {
                return Html.Text(staff.NoDueDate);
            }

            var due = Html.Text(texts.FormatDate(deadline.DueDate));
            return deadline.Provisional ? Html.Of($"{due} <span class=\"hint\">{staff.ProvisionalNote}</span>") : due;
        }

        var agent = request?.Agent is { } a
            ? Html.Of($"{a.Name} &lt;{a.Email}&gt; — {staff.MandateLabel}: {(a.MandateDocument is null ? staff.MandateMissing : staff.MandateOnFile)}")
            : null;
        var reasons = state.Stage == Stage.AwaitingStaffReview && state.ReviewReasons.Length > 0
            ? Html.Of($"<ul>{Html.Join(state.ReviewReasons.Select(reason => Html.Of($"<li>{ReviewReasonTexts.Describe(reason, staff.Language)}</li>")))}</ul>")
            : null;

        // Only the address is proved; a typed number is marked so nobody takes it for a verified one.
        HtmlContent? Identifier(string? value, IdentifierKind kind) => string.IsNullOrWhiteSpace(value)
            ? null
            : Html.Of($"{value} ({(state.ConfirmedIdentifiers.Contains(kind) ? staff.ConfirmedByStaff : staff.UnverifiedNotUsed)})");

        var rows = new List<(string, HtmlContent?)>
        {
            (texts.ReferenceLabel, Html.Of($"<span class=\"reference\">{state.Id.Value}</span>")),
            (staff.TypeLabel, Html.Text(texts.TypeNames[state.Type])),
            (staff.StageLabel, Html.Text(texts.StageNames[state.Stage])),
            (staff.ReceivedLabel, Html.Text(LocalTimes.Format(state.ReceivedAt, zoneId, texts))),
            (staff.DueLabel, Due()),
            (staff.ExtendedDueLabel, state.Extended && deadline is not null ? Html.Text(texts.FormatDate(deadline.ExtendedDueDate)) : null),
            (staff.ExtensionReasonLabel, state.Extended ? Lines(state.ExtensionReason) : null),
            (staff.ReviewReasonsLabel, reasons),
            (staff.ChannelLabel, request is null ? null : Html.Text(staff.ChannelNames[request.Channel])),
            (staff.LanguageLabel, request is null ? null : Html.Text(request.Language.Code())),
            (staff.NameLabel, Text(request?.Subject.Name)),
            (staff.EmailLabel, Text(request?.Subject.Email)),
            (staff.CustomerNumberLabel, Identifier(request?.Subject.CustomerNumber, IdentifierKind.CustomerNumber)),
            (staff.PhoneLabel, Identifier(request?.Subject.Phone, IdentifierKind.Phone)),
            (staff.AgentLabel, agent),
            (staff.SenderCheckLabel, SenderCheck(request?.SenderAuthentication, staff)),
            (staff.DetailsLabel, Lines(details.Text)),
            (staff.WrongValueLabel, Text(details.WrongValue)),
            (staff.CorrectValueLabel, Text(details.CorrectValue)),
            (staff.SituationLabel, Lines(details.ParticularSituation)),
            (staff.IndustryLabel, Text(details.Industry)),
            (staff.ServicesLabel, Text(details.ServicesOfInterest)),
            (staff.OpenQuestionLabel, Lines(state.OpenQuestion)),
            (staff.LastAnswerLabel, Lines(state.LastAnswer)),
        };
        return Html.Of($"""
            <h2>{staff.FactsHeading}</h2>
            {FormHtml.Facts(rows)}
            """);
    }

    /// <summary>The mail server's verdicts in the RFC's own words (the same in every language); a sender failing both is marked.</summary>
    private static HtmlContent? SenderCheck(SenderAuthentication? checks, StaffTexts staff)
    {
        if (checks is null)
        {
            return null;
        }

        var verdicts = Html.Text($"SPF: {Word(checks.Spf)}, DKIM: {Word(checks.Dkim)}");
        return checks.FailsBoth ? Html.Of($"{verdicts} — <strong>{staff.SenderCheckFailed}</strong>") : verdicts;
    }

    private static string Word(AuthenticationResult result) => result switch
    {
        AuthenticationResult.Pass => "pass",
        AuthenticationResult.Fail => "fail",
        AuthenticationResult.SoftFail => "softfail",
        AuthenticationResult.Neutral => "neutral",
        AuthenticationResult.None => "none",
        AuthenticationResult.TempError => "temperror",
        AuthenticationResult.PermError => "permerror",
        _ => "unknown",
    };
}
