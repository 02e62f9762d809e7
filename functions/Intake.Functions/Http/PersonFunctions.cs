using Intake.Web.Api;
using Intake.Web.Forms;
using Intake.Web.Inbound;
using Intake.Web.Pages;
using Intake.Web.Status;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Intake.Functions.Http;

/// <summary>
/// The doors for people — forms, status page, JSON API, email intake — as HTTP triggers calling
/// the same handlers the local host maps. No behaviour lives here.
/// </summary>
public static class PersonFunctions
{
    [Function("FrontPage")]
    public static IResult Front([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{lang:length(2)?}")] HttpRequest request, string? lang) =>
        FormEndpoints.Front(request.HttpContext, lang);

    [Function("RequestForm")]
    public static async Task<IResult> RequestForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/{controller}")] HttpRequest request,
        string lang,
        string controller,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return HttpMethods.IsPost(request.Method)
            ? await RequestFormHandler.PostAsync(request.HttpContext, lang, controller)
            : RequestFormHandler.Get(request.HttpContext, lang, controller);
    }

    [Function("ContactForm")]
    public static async Task<IResult> ContactForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/{controller}/contact")] HttpRequest request,
        string lang,
        string controller,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return HttpMethods.IsPost(request.Method)
            ? await ContactFormHandler.PostAsync(request.HttpContext, lang, controller)
            : ContactFormHandler.Get(request.HttpContext, lang, controller);
    }

    [Function("StatusPage")]
    public static Task<IResult> Status(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return StatusHandler.GetAsync(request.HttpContext, token);
    }

    [Function("StatusPageInLanguage")]
    public static Task<IResult> StatusInLanguage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{lang:length(2)}/status/{token}")] HttpRequest request,
        string lang,
        string token,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return StatusHandler.GetAsync(request.HttpContext, token, lang);
    }

    [Function("StatusAction")]
    public static Task<IResult> StatusAction(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/status/{token}/{action:regex(^(withdraw|resend|answer)$)}")] HttpRequest request,
        string lang,
        string token,
        string action,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        var context = request.HttpContext;
        return (action, HttpMethods.IsPost(request.Method)) switch
        {
            ("withdraw", false) => StatusHandler.GetWithdrawAsync(context, lang, token),
            ("withdraw", true) => StatusHandler.PostWithdrawAsync(context, lang, token),
            ("resend", true) => StatusHandler.PostResendAsync(context, lang, token),
            ("answer", true) => StatusHandler.PostAnswerAsync(context, lang, token),
            _ => Task.FromResult(Results.StatusCode(StatusCodes.Status405MethodNotAllowed)),
        };
    }

    [Function("ApiOpenRequest")]
    public static Task<IResult> OpenRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return RequestsApi.PostRequestAsync(request.HttpContext);
    }

    [Function("ApiContact")]
    public static Task<IResult> Contact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contact")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return RequestsApi.PostContactAsync(request.HttpContext);
    }

    [Function("InboundSendGrid")]
    public static Task<IResult> InboundSendGrid(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inbound/sendgrid")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return InboundEndpoints.PostSendGridAsync(request.HttpContext);
    }

    [Function("InboundMime")]
    public static Task<IResult> InboundMime(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inbound/mime")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        HttpBinding.Bind(request, client);
        return InboundEndpoints.PostMimeAsync(request.HttpContext);
    }

    [Function("Stylesheet")]
    public static IResult Stylesheet([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/intake.css")] HttpRequest request) =>
        AssetEndpoints.StylesheetResult(request.HttpContext);
}
