using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Records;
using Intake.Core.Requests;
using Intake.Core.Storage;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Web.Forms;
using Intake.Web.Hosting;
using Intake.Web.Pages;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Status;

/// <summary>
/// The status page and the person's actions from it: resend the verification link, answer a
/// question, withdraw. The status link is the key (it is not single-use: a person checks more than
/// once); every post also needs the antiforgery token of a page this site served.
/// </summary>
public sealed class StatusHandler(
    LinkGate links,
    IRequestGateway gateway,
    IControllerCatalog catalog,
    FormGate forms,
    ViewAudit audit,
    IStorageFaults storage,
    TimeProvider time)
{
    public Task<IResult> GetAsync(HttpContext context, string token, string? lang = null) =>
        ShowAsync(context, token, lang, (language, state, tokens) => StatusPage.Render(language, state, Controller(state), token, tokens));

    public Task<IResult> GetWithdrawAsync(HttpContext context, string lang, string token) =>
        ShowAsync(context, token, lang, (language, state, tokens) => WithdrawPage.Render(language, state, token, tokens));

    public Task<IResult> PostResendAsync(HttpContext context, string lang, string token) =>
        ActAsync(context, lang, token, (at, _, _) => new ResendVerification(at, Actor.Person), texts => texts.ResendDone);

    public Task<IResult> PostWithdrawAsync(HttpContext context, string lang, string token) =>
        ActAsync(context, lang, token, (at, _, _) => new WithdrawRequest(at, Actor.Person), texts => texts.WithdrawDone);

    public Task<IResult> PostAnswerAsync(HttpContext context, string lang, string token) =>
        ActAsync(context, lang, token, (at, form, _) => form["answer"].ToString().Trim() is { Length: > 0 } answer
            ? new ProvideInformation(at, Actor.Person, answer.Length > FieldLimits.Text ? answer[..FieldLimits.Text] : answer)
            : null, texts => texts.AnswerDone);

    private async Task<IResult> ActAsync(
        HttpContext context,
        string lang,
        string token,
        Func<DateTimeOffset, IFormCollection, RequestState, RequestCommand?> command,
        Func<StatusTexts, string> done)
    {
        ArgumentNullException.ThrowIfNull(context);
        var back = $"/{lang}/status/{token}";
        try
        {
            var (access, language) = await OpenAsync(context, token, lang);
            if (!access.IsGranted)
            {
                return Refusal(language, access.Outcome);
            }

            var state = access.State!;
            var (posted, refusal) = await forms.ReadAsync(context, language, FieldLimits.FormBytes, back);
            if (posted is null)
            {
                return refusal!;
            }

            var texts = StatusTexts.For(language);
            var tokens = posted.Tokens;
            var form = posted.Form;
            var now = time.GetUtcNow();
            var built = command(now, form, state);
            if (built is null)
            {
                var note = new StatusNote(texts.AnswerMissing, form["answer"].ToString(), texts.AnswerMissing);
                return new PageResult(StatusPage.Render(language, state, Controller(state), token, tokens, note), StatusCodes.Status400BadRequest);
            }

            var result = await gateway.SendAsync(state.Id, built, link: null, context.RequestAborted);
            return result.Outcome switch
            {
                GatewayOutcome.Accepted when result.State is { } after =>
                    new PageResult(StatusPage.Render(language, after, Controller(after), token, tokens, new StatusNote(done(texts)))),
                GatewayOutcome.Accepted or GatewayOutcome.Queued =>
                    MessagePage.Result(language, StatusCodes.Status202Accepted, texts.DoneTitle, texts.Queued, back, texts.BackToStatus),
                _ => MessagePage.Result(language, StatusCodes.Status409Conflict, texts.NotDoneTitle, Explain(result.Rejection, texts), back, texts.BackToStatus),
            };
        }
        catch (Exception e) when (storage.IsOutage(e))
        {
            return FormPages.Unavailable(context, PageLanguage.From(context.Request, lang), back);
        }
    }

    /// <summary>A page of the request for a GET: it only shows, never acts.</summary>
    private async Task<IResult> ShowAsync(HttpContext context, string token, string? lang, Func<Language, RequestState, AntiforgeryTokenSet, PageView> render)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var (access, language) = await OpenAsync(context, token, lang);
            if (!access.IsGranted)
            {
                return Refusal(language, access.Outcome);
            }

            // The person's own view of their data is logged too: the log shows every view, not only staff's.
            await audit.RecordAsync(access.State!.Id, ViewedPage.Status, ViewerKind.Person, access.LinkId ?? string.Empty, null, context.RequestAborted);
            var tokens = forms.Tokens(context);
            return new PageResult(render(language, access.State!, tokens));
        }
        catch (Exception e) when (storage.IsOutage(e))
        {
            return FormPages.Unavailable(context, PageLanguage.From(context.Request, lang), $"/status/{token}");
        }
    }

    private static string Explain(Rejection? rejection, StatusTexts texts) => rejection?.Code switch
    {
        RejectionCode.TooManyLinks => texts.TooManyLinks,
        RejectionCode.Closed => texts.Closed,
        _ => texts.NotNow,
    };

    private async Task<(StatusAccess Access, Language Language)> OpenAsync(HttpContext context, string token, string? lang)
    {
        var access = await StatusAccess.CheckAsync(links, gateway, token, time.GetUtcNow(), context.RequestAborted);

        // The page speaks the language the person chose in the path, else the request's own.
        var requested = access.State?.Request?.Language;
        var language = lang is not null || requested is null
            ? PageLanguage.From(context.Request, lang)
            : requested.Value;
        return (access, language);
    }

    private Core.DataControllers.Controller? Controller(RequestState state) =>
        catalog.Find(state.Controller);

    private static PageResult Refusal(Language language, StatusAccessOutcome outcome)
    {
        var texts = StatusTexts.For(language);
        return outcome switch
        {
            StatusAccessOutcome.Expired => MessagePage.Result(language, StatusCodes.Status410Gone, texts.ExpiredTitle, texts.ExpiredBody),
            StatusAccessOutcome.Gone => MessagePage.Result(language, StatusCodes.Status404NotFound, texts.GoneTitle, texts.GoneBody),
            _ => MessagePage.Result(language, StatusCodes.Status403Forbidden, texts.InvalidTitle, texts.InvalidBody),
        };
    }
}
