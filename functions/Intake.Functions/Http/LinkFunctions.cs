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
public static class LinkFunctions
{
    [Function("ActingLink")]
    public static Task<IResult> ActingLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "l/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client) => Act(request, token, null, client);

    [Function("ActingLinkInLanguage")]
    public static Task<IResult> ActingLinkInLanguage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "{lang:length(2)}/l/{token}")] HttpRequest request,
        string lang,
        string token,
        [DurableClient] DurableTaskClient client) => Act(request, token, lang, client);

    [Function("Download")]
    public static Task<IResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "d/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client) =>
        HttpMethods.IsPost(request.Method)
            ? DownloadHandler.PostAsync(request.HttpContext, token, null, HttpBinding.Bind(request, client))
            : DownloadHandler.GetAsync(request.HttpContext, token, null, HttpBinding.Bind(request, client));

    [Function("StaffOverview")]
    public static Task<IResult> StaffOverview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{token}")] HttpRequest request,
        string token) =>
        OverviewHandler.GetAsync(request.HttpContext, token, null);

    [Function("StaffMandate")]
    public static Task<IResult> StaffMandate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "m/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client) =>
        MandateHandler.GetAsync(request.HttpContext, token, HttpBinding.Bind(request, client));

    [Function("StaffRequestDetail")]
    public static Task<IResult> StaffRequestDetail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{token}/requests/{id}")] HttpRequest request,
        string token,
        string id,
        [DurableClient] DurableTaskClient client) =>
        RequestDetailHandler.GetAsync(request.HttpContext, token, id, null, HttpBinding.Bind(request, client));

    [Function("SourceCallback")]
    public static Task<IResult> SourceCallback(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "callbacks/sources/{token?}")] HttpRequest request,
        string? token,
        [DurableClient] DurableTaskClient client) =>
        SourceCallbackHandler.PostAsync(request.HttpContext, token ?? request.Query["token"].ToString(), HttpBinding.Bind(request, client));

    private static Task<IResult> Act(HttpRequest request, string token, string? lang, DurableTaskClient client)
    {
        var gateway = HttpBinding.Bind(request, client);
        return HttpMethods.IsPost(request.Method)
            ? LinkPageHandler.PostAsync(request.HttpContext, token, lang, gateway)
            : LinkPageHandler.GetAsync(request.HttpContext, token, lang, gateway);
    }
}
