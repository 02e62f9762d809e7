using Intake.Web.Callbacks;
using Intake.Web.Downloads;
using Intake.Web.Links;
using Intake.Web.Staff;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Intake.Functions.Http;

/// <summary>
/// Where mailed links lead — acting links, downloads, the staff overview — and source callbacks,
/// as HTTP triggers calling the shared handlers.
/// </summary>
public sealed class LinkFunctions(
    InvocationBinding binding,
    LinkPageHandler links,
    DownloadHandler downloads,
    OverviewHandler overview,
    MandateHandler mandate,
    RequestDetailHandler detail,
    SourceCallbackHandler callbacks)
{
    [Function("ActingLink")]
    public Task<IResult> ActingLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "l/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client) => Act(request, token, null, client);

    [Function("ActingLinkInLanguage")]
    public Task<IResult> ActingLinkInLanguage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/l/{token}")] HttpRequest request,
        string lang,
        string token,
        [DurableClient] DurableTaskClient client) => Act(request, token, lang, client);

    [Function("Download")]
    public Task<IResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "d/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return HttpMethods.IsPost(request.Method)
            ? downloads.PostAsync(request.HttpContext, token, null)
            : downloads.GetAsync(request.HttpContext, token, null);
    }

    [Function("StaffOverview")]
    public Task<IResult> StaffOverview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{token}")] HttpRequest request,
        string token) =>
        overview.GetAsync(request.HttpContext, token, null);

    [Function("StaffMandate")]
    public Task<IResult> StaffMandate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "m/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return mandate.GetAsync(request.HttpContext, token);
    }

    [Function("StaffRequestDetail")]
    public Task<IResult> StaffRequestDetail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{token}/requests/{id}")] HttpRequest request,
        string token,
        string id,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return detail.GetAsync(request.HttpContext, token, id, null);
    }

    [Function("SourceCallback")]
    public Task<IResult> SourceCallback(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "callbacks/sources/{token?}")] HttpRequest request,
        string? token,
        [DurableClient] DurableTaskClient client)
    {
        binding.Bind(client);
        return callbacks.PostAsync(request.HttpContext, token ?? request.Query["token"].ToString());
    }

    private Task<IResult> Act(HttpRequest request, string token, string? lang, DurableTaskClient client)
    {
        binding.Bind(client);
        return HttpMethods.IsPost(request.Method)
            ? links.PostAsync(request.HttpContext, token, lang)
            : links.GetAsync(request.HttpContext, token, lang);
    }
}
