using Intake.Core.Submissions;
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
public sealed class PersonFunctions(
    InvocationBinding binding,
    RequestFormHandler requestForm,
    ContactFormHandler contactForm,
    StatusHandler status,
    RequestsApi api,
    InboundHandler inbound,
    IControllerCatalog catalog)
{
    [Function("FrontPage")]
    public IResult Front([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{lang:length(2)?}")] HttpRequest request, string? lang) =>
        FormEndpoints.Front(request.HttpContext, catalog, lang);

    [Function("RequestForm")]
    public async Task<IResult> RequestForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/{controller}")] HttpRequest request,
        string lang,
        string controller,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return HttpMethods.IsPost(request.Method)
            ? await requestForm.PostAsync(request.HttpContext, lang, controller)
            : requestForm.Get(request.HttpContext, lang, controller);
    }

    [Function("ContactForm")]
    public async Task<IResult> ContactForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/{controller}/contact")] HttpRequest request,
        string lang,
        string controller,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return HttpMethods.IsPost(request.Method)
            ? await contactForm.PostAsync(request.HttpContext, lang, controller)
            : contactForm.Get(request.HttpContext, lang, controller);
    }

    [Function("StatusPage")]
    public Task<IResult> Status(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return status.GetAsync(request.HttpContext, token);
    }

    [Function("StatusPageInLanguage")]
    public Task<IResult> StatusInLanguage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{lang:length(2)}/status/{token}")] HttpRequest request,
        string lang,
        string token,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return status.GetAsync(request.HttpContext, token, lang);
    }

    [Function("StatusAction")]
    public Task<IResult> StatusAction(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/status/{token}/{action:regex(^(withdraw|resend|answer)$)}")] HttpRequest request,
        string lang,
        string token,
        string action,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        var context = request.HttpContext;
        return (action, HttpMethods.IsPost(request.Method)) switch
        {
            ("withdraw", false) => status.GetWithdrawAsync(context, lang, token),
            ("withdraw", true) => status.PostWithdrawAsync(context, lang, token),
            ("resend", true) => status.PostResendAsync(context, lang, token),
            ("answer", true) => status.PostAnswerAsync(context, lang, token),
            _ => Task.FromResult(Results.StatusCode(StatusCodes.Status405MethodNotAllowed)),
        };
    }

    [Function("ApiOpenRequest")]
    public Task<IResult> OpenRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return api.PostRequestAsync(request.HttpContext);
    }

    [Function("ApiContact")]
    public Task<IResult> Contact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contact")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return api.PostContactAsync(request.HttpContext);
    }

    [Function("InboundSendGrid")]
    public Task<IResult> InboundSendGrid(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inbound/sendgrid")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return inbound.PostSendGridAsync(request.HttpContext);
    }

    [Function("InboundMime")]
    public Task<IResult> InboundMime(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inbound/mime")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return inbound.PostMimeAsync(request.HttpContext);
    }

    [Function("Stylesheet")]
    public IResult Stylesheet([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/intake.css")] HttpRequest request) =>
        AssetEndpoints.StylesheetResult(request.HttpContext);
}
