using Intake.Core.DataControllers;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Web.Forms;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace Intake.Web.Status;

/// <summary>
/// The person's view of their request: the step in plain words, when it was received, when it is
/// due (and, after an extension, the new date, the original one and the reason, Art 12(3)), and
/// what they may do now. Every action is a form that posts; nothing happens on opening the page.
/// </summary>
public static class StatusPage
{
    public static PageView Render(Language language, RequestState state, Controller? controller, string token, AntiforgeryTokenSet tokens, StatusNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(tokens);
        var texts = StatusTexts.For(language);
        var form = FormTexts.For(language);
        var basePath = $"/{language.Code()}/status/{token}";
        var due = state.CurrentDueDate is { } date ? Html.Of($"<dt>{texts.DueLabel}</dt><dd>{form.Date(date)}</dd>") : HtmlContent.Empty;
        var extension = state.Extended && state.Deadline is { } deadline
            ? Html.Of($"""
                <dt>{texts.ExtendedLabel}</dt><dd>{texts.OriginalDueLabel}: {form.Date(deadline.DueDate)}</dd>
                {(state.ExtensionReason is { Length: > 0 } reason ? Html.Of($"<dt>{texts.ExtensionReasonLabel}</dt><dd>{Html.Lines(reason)}</dd>") : HtmlContent.Empty)}
                """)
            : HtmlContent.Empty;
        var notice = note is null
            ? HtmlContent.Empty
            : Html.Of($"""<p class="notice" role="status">{note.Text}</p>""");
        var main = Html.Of($"""
            <h1>{texts.Title}</h1>
            {notice}
            <dl class="facts">
            <dt>{texts.ReferenceLabel}</dt><dd class="reference">{state.Id.Value}</dd>
            <dt>{texts.TypeLabel}</dt><dd>{form.Types[state.Type].Label}</dd>
            {(controller is null ? HtmlContent.Empty : Html.Of($"<dt>{texts.ControllerLabel}</dt><dd>{string.Join(", ", controller.Parties.Select(party => party.Name))}</dd>"))}
            <dt>{texts.ReceivedLabel}</dt><dd>{form.Date(ReceivedDate(state, controller))}</dd>
            <dt>{texts.StepLabel}</dt><dd>{texts.Stages[state.Stage]}</dd>
            {due}
            {extension}
            </dl>
            <h2>{texts.ActionsHeading}</h2>
            {Actions(state, texts, form, basePath, tokens, note)}
            """);
        return PageLayout.Render(language, $"{texts.Title} {state.Id.Value}", main, $"/status/{token}");
    }

    /// <summary>The local date of receipt, in the controller's zone: the day the statutory month counts from.</summary>
    public static DateOnly ReceivedDate(RequestState state, Controller? controller)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Deadline is { } deadline)
        {
            return deadline.ReceivedLocalDate;
        }

        var zone = controller is not null && TimeZoneInfo.TryFindSystemTimeZoneById(controller.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(state.ReceivedAt, zone).DateTime);
    }

    private static HtmlContent Actions(RequestState state, StatusTexts texts, FormTexts form, string basePath, AntiforgeryTokenSet tokens, StatusNote? note)
    {
        var parts = new List<HtmlContent>();
        if (state.Stage == Stage.AwaitingVerification)
        {
            parts.Add(Html.Of($"""
                <form method="post" action="{basePath}/resend">
                {FormMarkup.Antiforgery(tokens)}
                <p>{texts.ResendText}</p>
                <button type="submit" class="secondary">{texts.ResendButton}</button>
                </form>
                """));
        }

        if (state.Stage == Stage.AwaitingInformation)
        {
            var answer = new FieldView("answer", texts.AnswerLabel, texts.AnswerHint, note?.Answer, note?.AnswerError, FieldLimits.Text) { Required = true };
            parts.Add(Html.Of($"""
                <form method="post" action="{basePath}/answer" novalidate>
                {FormMarkup.Antiforgery(tokens)}
                <h3>{texts.QuestionLabel}</h3>
                <blockquote>{Html.Lines(state.OpenQuestion)}</blockquote>
                {FormMarkup.TextArea(answer, form)}
                <button type="submit">{texts.AnswerButton}</button>
                </form>
                """));
        }

        if (state.Stage == Stage.Delivered)
        {
            var until = state.DownloadExpiresAt is { } expires ? Html.Of($" {texts.DownloadUntil(form.Date(DateOnly.FromDateTime(expires.UtcDateTime)))}") : HtmlContent.Empty;
            parts.Add(Html.Of($"<p>{texts.DownloadInMail}{until}</p>"));
        }

        if (state.Stage.IsAwaitingAnswer())
        {
            parts.Add(Html.Of($"""
                <p>{texts.WithdrawText}</p>
                <p><a class="button secondary" href="{basePath}/withdraw">{texts.WithdrawLink}</a></p>
                """));
        }

        return parts.Count == 0 ? Html.Of($"<p>{texts.NothingToDo}</p>") : Html.Join(parts);
    }
}
